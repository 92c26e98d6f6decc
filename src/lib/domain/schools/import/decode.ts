/**
 * Turning an uploaded file's bytes into text we can trust, before any CSV is read.
 *
 * Rules owned here:
 * - a UTF-8 byte-order mark is dropped (Excel adds one on "CSV UTF-8");
 * - UTF-16 files (Excel's "Unicode text") are refused with a way out, not misread;
 * - bytes that are not valid UTF-8 are read as Windows-1252, which is what older MIS
 *   exports and Excel's plain "CSV" write on a UK Windows machine (so "Zoë" survives);
 * - a file holding NUL bytes is not text (a spreadsheet or a picture): refused;
 * - files above MAX_IMPORT_BYTES are refused: 5 MB holds a 2,000-pupil school many times.
 */

export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export type Decoded = { ok: true; text: string; encoding: 'utf-8' | 'windows-1252' } | { ok: false; message: string };

export function decodeUpload(bytes: Uint8Array, fileName = 'The file'): Decoded {
	if (bytes.length === 0) return { ok: false, message: `${fileName} is empty.` };
	if (bytes.length > MAX_IMPORT_BYTES) return { ok: false, message: `${fileName} is larger than 5 MB. Export only the columns you need, or split it.` };
	if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
		return { ok: false, message: `${fileName} is saved as UTF-16 ("Unicode text"). Save it again as "CSV UTF-8".` };
	const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
	if (body.includes(0)) return { ok: false, message: `${fileName} is not a CSV file (it holds binary data). Save it from your spreadsheet as CSV.` };
	try {
		return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8' };
	} catch {
		return { ok: true, text: new TextDecoder('windows-1252').decode(body), encoding: 'windows-1252' };
	}
}
