/**
 * A policy version uploaded as a file: a PDF or a Word document (.docx), checked by what its
 * bytes are, never by its name or the browser's word for it.
 *
 * Rules owned here:
 * - at most POLICY_FILE_MAX_BYTES (a long policy with a logo is well under 2 MB);
 * - a PDF starts with "%PDF-" and ends with "%%EOF", and carries no script, launch action
 *   or embedded file (the names PDF readers run or open);
 * - a .docx is a ZIP holding "[Content_Types].xml" and "word/document.xml", with no macros
 *   (vbaProject), no ActiveX, no entry that climbs out of its folder, a sensible number of
 *   entries and a sensible size once unpacked (no ZIP bomb); the ZIP's directory is read,
 *   nothing is unpacked;
 * - the download name is made from the policy's title and version, never the uploaded name.
 * Pure: the caller passes the bytes and a function that lists the ZIP's entries.
 */

export const POLICY_FILE_TYPES = ['pdf', 'docx'] as const;
export type PolicyFileType = (typeof POLICY_FILE_TYPES)[number];

/** The largest file accepted, in bytes. */
export const POLICY_FILE_MAX_BYTES = 10 * 1024 * 1024;
// A Word policy unpacks to a few MB; far more than this is a ZIP bomb, not a policy.
const DOCX_MAX_UNPACKED_BYTES = 100 * 1024 * 1024;
const DOCX_MAX_ENTRIES = 1000;

export const POLICY_FILE_CONTENT_TYPES: Readonly<Record<PolicyFileType, string>> = {
	pdf: 'application/pdf',
	docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
};

/** One entry of a ZIP's central directory, as an unzipper reports it without unpacking. */
export interface ZipEntry {
	name: string;
	originalSize: number;
}

export type PolicyFileCheck = { ok: true; type: PolicyFileType } | { ok: false; message: string };

// One character per byte, so byte offsets and ASCII markers survive whatever else is in the file.
const ascii = (bytes: Uint8Array, from: number, to: number): string => new TextDecoder('latin1').decode(bytes.subarray(from, to));
const startsWith = (bytes: Uint8Array, prefix: readonly number[]): boolean => prefix.every((b, i) => bytes[i] === b);

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
// Names a PDF reader acts on: scripts, launching programs, files carried inside.
const PDF_ACTIVE = /\/(JavaScript|JS|Launch|EmbeddedFile|RichMedia|XFA)\b/;

export const POLICY_FILE_MESSAGES = {
	empty: 'The file is empty. Choose the policy file again.',
	tooBig: `The file is too big. A policy file must be ${POLICY_FILE_MAX_BYTES / 1024 / 1024} MB or less.`,
	notAllowed: 'Only PDF files and Word documents (.docx) can be uploaded. Save the policy as one of those and try again.',
	brokenPdf: 'That PDF seems to be damaged or incomplete. Save it again and upload the new copy.',
	activePdf: 'That PDF contains scripts, actions or attached files, which we do not accept. Print it to a new PDF and upload that instead.',
	brokenDocx: 'That Word document could not be read. Save it again as a .docx and upload the new copy.',
	macroDocx: 'That Word document contains macros or ActiveX controls, which we do not accept. Save it as a plain .docx and try again.'
} as const;

function checkPdf(bytes: Uint8Array): PolicyFileCheck {
	// The end marker may be followed by a few bytes of whitespace.
	if (!ascii(bytes, Math.max(0, bytes.length - 1024), bytes.length).includes('%%EOF')) return { ok: false, message: POLICY_FILE_MESSAGES.brokenPdf };
	// Read as Latin-1 so every byte is one character; compressed streams stay opaque, which is
	// why a PDF that names an active feature anywhere in its uncompressed structure is refused.
	if (PDF_ACTIVE.test(ascii(bytes, 0, bytes.length))) return { ok: false, message: POLICY_FILE_MESSAGES.activePdf };
	return { ok: true, type: 'pdf' };
}

function checkDocx(entries: readonly ZipEntry[] | null): PolicyFileCheck {
	if (!entries || entries.length === 0 || entries.length > DOCX_MAX_ENTRIES) return { ok: false, message: POLICY_FILE_MESSAGES.brokenDocx };
	const names = entries.map((e) => e.name);
	if (names.some((n) => n.startsWith('/') || n.includes('\\') || n.split('/').includes('..'))) return { ok: false, message: POLICY_FILE_MESSAGES.brokenDocx };
	if (entries.reduce((sum, e) => sum + Math.max(0, e.originalSize), 0) > DOCX_MAX_UNPACKED_BYTES)
		return { ok: false, message: POLICY_FILE_MESSAGES.brokenDocx };
	if (!names.includes('[Content_Types].xml') || !names.includes('word/document.xml')) return { ok: false, message: POLICY_FILE_MESSAGES.notAllowed };
	if (names.some((n) => /vbaProject|vbaData|(^|\/)activeX\//i.test(n))) return { ok: false, message: POLICY_FILE_MESSAGES.macroDocx };
	return { ok: true, type: 'docx' };
}

/** What the bytes are, or the message to show; `listZip` returns null for a ZIP it cannot read. */
export function checkPolicyFile(bytes: Uint8Array, listZip: (bytes: Uint8Array) => ZipEntry[] | null): PolicyFileCheck {
	if (bytes.length === 0) return { ok: false, message: POLICY_FILE_MESSAGES.empty };
	if (bytes.length > POLICY_FILE_MAX_BYTES) return { ok: false, message: POLICY_FILE_MESSAGES.tooBig };
	if (startsWith(bytes, PDF_MAGIC)) return checkPdf(bytes);
	if (startsWith(bytes, ZIP_MAGIC)) return checkDocx(listZip(bytes));
	return { ok: false, message: POLICY_FILE_MESSAGES.notAllowed };
}

/** "online-safety-policy-v3.pdf": from the title, never the uploaded file's own name. */
export function policyFileName(title: string, version: number, type: PolicyFileType): string {
	const slug =
		title
			.normalize('NFKD')
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-+|-+$/g, '')
			.slice(0, 60) || 'policy';
	return `${slug}-v${version}.${type}`;
}
