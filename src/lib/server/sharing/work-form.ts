// Reading the "make some work" form, which carries photos, so the shared parseForm (text
// only) cannot read it. Sizes and counts are checked from the multipart headers before any
// photo's bytes are read; the text fields go through the same zod schema as everywhere.
import { MAX_IMAGE_BYTES, MAX_IMAGES } from '../../domain/sharing';
import { createWorkSchema, type CreateWorkInput } from '../../domain/sharing/inputs';
import { fail } from '@sveltejs/kit';
import { readFormBody } from '../http/forms';
import type { FormReader } from '../http/handlers';
import { UNSTORABLE_TEXT_MESSAGE, findUnstorableText } from '../http/unstorable-text';

export type WorkFormResult =
	{ ok: true; input: CreateWorkInput; photos: Uint8Array[]; form: FormData } | { ok: false; errors: Record<string, string>; values: Record<string, string> };

const TEXT_FIELDS = ['kind', 'title', 'body', 'lessonId', 'showsPeople'] as const;

export async function readWorkForm(request: Request): Promise<WorkFormResult> {
	const form = await readFormBody(request);
	if (!form) return { ok: false, errors: { form: 'The form could not be read. The photos may be too big altogether.' }, values: {} };
	const values: Record<string, string> = {};
	for (const name of TEXT_FIELDS) {
		const value = form.get(name);
		if (typeof value === 'string') values[name] = value;
	}
	const fail = (field: string, message: string): WorkFormResult => ({ ok: false, errors: { [field]: message }, values: trimmed(values) });
	const unstorable = findUnstorableText(values);
	if (unstorable) return fail(unstorable, UNSTORABLE_TEXT_MESSAGE);
	const files = form.getAll('photos').filter((f): f is File => typeof f !== 'string' && f.size > 0);
	if (form.getAll('photos').some((f) => typeof f === 'string' && f !== '')) return fail('photos', 'Choose photos with the photo button.');
	if (files.length > MAX_IMAGES) return fail('photos', `Choose at most ${MAX_IMAGES} photos.`);
	if (files.some((f) => f.size > MAX_IMAGE_BYTES)) return fail('photos', 'That photo is too big. Each photo must be 8 MB or less.');
	const parsed = createWorkSchema.safeParse(values);
	if (!parsed.success) {
		const errors: Record<string, string> = {};
		for (const issue of parsed.error.issues) errors[String(issue.path[0] ?? 'form')] ??= issue.message;
		return { ok: false, errors, values: trimmed(values) };
	}
	const photos = await Promise.all(files.map(async (f) => new Uint8Array(await f.arrayBuffer())));
	return { ok: true, input: parsed.data, photos, form };
}

function trimmed(values: Record<string, string>): Record<string, string> {
	return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v.slice(0, 4000)]));
}

/** The same reader in the shape the shared form-action wrapper takes. */
export const workForm: FormReader<{ input: CreateWorkInput; photos: Uint8Array[] }> = {
	async read(request) {
		const parsed = await readWorkForm(request);
		if (!parsed.ok) return { ok: false, failure: fail(400, { errors: parsed.errors, values: parsed.values }) };
		return { ok: true, data: { input: parsed.input, photos: parsed.photos }, form: parsed.form };
	}
};
