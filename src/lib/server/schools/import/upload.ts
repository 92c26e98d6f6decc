// Turning the import page's form posts into an ImportSource. Files arrive as uploads on the
// first step and travel back as one base64 "payload" field on the next steps (mapping,
// confirm), so the server keeps nothing between steps and the admin confirms exactly the
// bytes they previewed. A OneRoster bundle may be the MIS's ZIP; it is opened with fflate,
// reading only the six OneRoster file names and refusing anything that unpacks too large.
import { unzipSync } from 'fflate';
import { z } from 'zod';
import { MAX_IMPORT_BYTES } from '../../../domain/schools/import/decode';
import { MAPPING_FIELDS, type CsvMapping } from '../../../domain/schools/import/csv-mapping';
import { ONEROSTER_FILES } from '../../../domain/schools/import/oneroster';
import { InputError } from '../../errors';
import { readFormBody, unreadableForm } from '../../http/forms';
import type { FormReader } from '../../http/handlers';
import type { ImportSource } from './roster-import';

const MAX_FILES_BYTES = 6 * MAX_IMPORT_BYTES;

const payloadSchema = z.object({
	kind: z.enum(['csv', 'oneroster']),
	files: z.record(z.string().max(60), z.string().max(Math.ceil((MAX_IMPORT_BYTES * 4) / 3) + 4)),
	mapping: z.record(z.string(), z.string().max(100)).optional(),
	orgSourcedId: z.string().max(64).optional()
});
type Payload = z.infer<typeof payloadSchema>;

const toBase64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64');
const fromBase64 = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'base64'));

export function encodePayload(source: ImportSource): string {
	const payload: Payload =
		source.kind === 'csv'
			? { kind: 'csv', files: { csv: toBase64(source.bytes) }, mapping: source.mapping as Record<string, string> }
			: { kind: 'oneroster', files: Object.fromEntries(Object.entries(source.files).map(([k, v]) => [k, toBase64(v)])), orgSourcedId: source.orgSourcedId };
	return Buffer.from(JSON.stringify(payload)).toString('base64');
}

export function decodePayload(text: string): ImportSource {
	let parsed: unknown;
	try {
		parsed = JSON.parse(Buffer.from(text, 'base64').toString('utf8'));
	} catch {
		throw new InputError('file', 'The upload was lost on the way. Choose the file again.');
	}
	const payload = payloadSchema.safeParse(parsed);
	if (!payload.success) throw new InputError('file', 'The upload was lost on the way. Choose the file again.');
	const p = payload.data;
	if (p.kind === 'csv') return { kind: 'csv', bytes: fromBase64(p.files.csv ?? ''), mapping: (p.mapping ?? {}) as CsvMapping };
	return {
		kind: 'oneroster',
		files: Object.fromEntries(Object.entries(p.files).map(([k, v]) => [k, fromBase64(v)])),
		orgSourcedId: p.orgSourcedId || undefined
	};
}

/** The mapping chosen on the page (one select per field), or null when none was sent yet. */
export function mappingFromForm(form: FormData): CsvMapping | null {
	if (!form.has('map.key')) return null;
	const mapping: Record<string, string> = {};
	for (const { field } of MAPPING_FIELDS) {
		const value = form.get(`map.${field}`);
		if (typeof value === 'string' && value) mapping[field] = value.slice(0, 100);
	}
	return mapping as CsvMapping;
}

/** The first step's upload: one CSV, or OneRoster's CSV files, or their ZIP. */
export async function sourceFromUpload(form: FormData): Promise<ImportSource> {
	const files = form.getAll('files').filter((f): f is File => typeof f !== 'string' && f.size > 0);
	if (files.length === 0) throw new InputError('files', 'Choose a file to import.');
	if (files.reduce((n, f) => n + f.size, 0) > MAX_FILES_BYTES) throw new InputError('files', 'Those files are too large for a school roster (30 MB at most).');
	const orgSourcedId =
		String(form.get('org') ?? '')
			.trim()
			.slice(0, 64) || undefined;
	if (form.get('kind') === 'csv') {
		if (files.length !== 1) throw new InputError('files', 'Choose one CSV file.');
		return { kind: 'csv', bytes: new Uint8Array(await files[0]!.arrayBuffer()), mapping: {} as CsvMapping };
	}
	const bundle: Record<string, Uint8Array> = {};
	for (const file of files) {
		const bytes = new Uint8Array(await file.arrayBuffer());
		if (/\.zip$/i.test(file.name)) Object.assign(bundle, openZip(bytes));
		else bundle[baseName(file.name)] = bytes;
	}
	return { kind: 'oneroster', files: bundle, orgSourcedId };
}

const baseName = (path: string): string => path.split(/[\\/]/).pop() ?? path;
const WANTED = new Set<string>(ONEROSTER_FILES);

function openZip(bytes: Uint8Array): Record<string, Uint8Array> {
	let total = 0;
	try {
		const found = unzipSync(bytes, {
			filter: (f) => {
				if (!WANTED.has(baseName(f.name))) return false;
				total += f.originalSize;
				if (f.originalSize > MAX_IMPORT_BYTES || total > MAX_FILES_BYTES)
					throw new InputError('files', 'The ZIP unpacks to more than a school roster ever holds.');
				return true;
			}
		});
		return Object.fromEntries(Object.entries(found).map(([k, v]) => [baseName(k), v]));
	} catch (e) {
		if (e instanceof InputError) throw e;
		throw new InputError('files', 'That ZIP file could not be opened.');
	}
}

/**
 * The import page's forms, read whole for the shared form-action wrapper: the upload carries
 * files and the later steps one large base64 payload, so the text-only form parser (10,000
 * characters a field) cannot read them. The fields are checked by the functions above.
 */
export const importForm: FormReader<FormData> = {
	async read(request) {
		const form = await readFormBody(request);
		return form ? { ok: true, data: form, form } : { ok: false, failure: unreadableForm() };
	}
};
