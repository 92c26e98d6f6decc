// Reading the "make some work" form, which carries photos, so the shared parseForm (text
// only) cannot read it. Sizes and counts are checked from the multipart headers before any
// photo's bytes are read; the text fields go through the same zod schema as everywhere.
import { MAX_IMAGE_BYTES, MAX_IMAGES } from '../../domain/sharing';
import { createWorkSchema, type CreateWorkInput } from '../../domain/sharing/inputs';

export type WorkFormResult =
	| { ok: true; input: CreateWorkInput; photos: Uint8Array[] }
	| { ok: false; errors: Record<string, string>; values: Record<string, string> };

const TEXT_FIELDS = ['kind', 'title', 'body', 'lessonId', 'showsPeople'] as const;

export async function readWorkForm(request: Request): Promise<WorkFormResult> {
	let form: FormData;
	try {
		form = await request.formData();
	} catch {
		return { ok: false, errors: { form: 'The form could not be read. The photos may be too big altogether.' }, values: {} };
	}
	const values: Record<string, string> = {};
	for (const name of TEXT_FIELDS) {
		const value = form.get(name);
		if (typeof value === 'string') values[name] = value;
	}
	const fail = (field: string, message: string): WorkFormResult => ({ ok: false, errors: { [field]: message }, values: trimmed(values) });
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
	return { ok: true, input: parsed.data, photos };
}

function trimmed(values: Record<string, string>): Record<string, string> {
	return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v.slice(0, 4000)]));
}
