// Parsing form posts at the edge: zod decides, and a failure becomes a 400 with one
// message per field plus the values typed (never passwords), so nothing changes and the
// user can correct the form.
import { fail, type ActionFailure } from '@sveltejs/kit';
import type { z } from 'zod';
import { DATABASE_UNAVAILABLE_MESSAGE, InputError, NotFoundError, isDatabaseUnavailable } from '../errors';

export type FieldErrors = Record<string, string>;
export type FormFailure = ActionFailure<{ errors: FieldErrors; values: Record<string, string> }>;

// A whole form larger than this is refused before parsing; no field we accept is near it.
const MAX_FIELD_LENGTH = 10_000;

function safeValues(form: FormData): Record<string, string> {
	const values: Record<string, string> = {};
	for (const [key, value] of form.entries()) {
		if (typeof value === 'string' && !/password/i.test(key)) values[key] = value.slice(0, 500);
	}
	return values;
}

export async function parseForm<S extends z.ZodType>(
	request: Request,
	schema: S,
	// A few forms carry a whole document (a school policy); they say how long a field may be.
	{ maxFieldLength = MAX_FIELD_LENGTH }: { maxFieldLength?: number } = {}
): Promise<{ ok: true; data: z.infer<S>; form: FormData } | { ok: false; failure: FormFailure }> {
	let form: FormData;
	try {
		form = await request.formData();
	} catch {
		return { ok: false, failure: fail(400, { errors: { form: 'The form could not be read. Please try again.' }, values: {} }) };
	}
	const raw: Record<string, unknown> = {};
	for (const [key, value] of form.entries()) {
		if (typeof value !== 'string')
			return { ok: false, failure: fail(400, { errors: { [key]: 'Files are not accepted here.' }, values: safeValues(form) }) };
		// PostgreSQL cannot store U+0000 in text: refuse it here, once, for every form.
		if (value.includes('\u0000'))
			return { ok: false, failure: fail(400, { errors: { [key]: 'That text has a hidden character we cannot keep. Please type it again.' }, values: {} }) };
		if (value.length > maxFieldLength)
			return { ok: false, failure: fail(400, { errors: { [key]: 'That is far too long.' }, values: safeValues(form) }) };
		raw[key] = value;
	}
	const result = schema.safeParse(raw);
	if (result.success) return { ok: true, data: result.data, form };
	const errors: FieldErrors = {};
	for (const issue of result.error.issues) {
		const key = String(issue.path[0] ?? 'form');
		errors[key] ??= issue.message;
	}
	return { ok: false, failure: fail(400, { errors, values: safeValues(form) }) };
}

/** Turns a service's input or not-found error into a form failure; rethrows anything else. */
export function failFromServiceError(e: unknown, form: FormData): FormFailure {
	if (e instanceof InputError) return fail(400, { errors: { [e.field]: e.message }, values: safeValues(form) });
	if (e instanceof NotFoundError) return fail(404, { errors: { form: e.message }, values: safeValues(form) });
	// The database could not be reached: nothing changed, and what was typed stays in the form.
	if (isDatabaseUnavailable(e)) return fail(503, { errors: { form: DATABASE_UNAVAILABLE_MESSAGE }, values: safeValues(form) });
	throw e;
}
