// Parsing form posts at the edge: zod decides, and a failure becomes a 400 with one
// message per field plus the values typed (never passwords), so nothing changes and the
// user can correct the form. A body that is not a form at all (malformed multipart, plain
// text, JSON) is a 400 too, never a 500.
import { fail, type ActionFailure } from '@sveltejs/kit';
import type { z } from 'zod';
import { UNSTORABLE_TEXT_MESSAGE, findUnstorableText } from './unstorable-text';

export type FieldErrors = Record<string, string>;
/** `lists` holds every value of a field sent more than once (ticked pupils), so a page can tick them again. */
export type FormFailureData = { errors: FieldErrors; values: Record<string, string>; lists?: Record<string, string[]>; formName?: string };
export type FormFailure = ActionFailure<FormFailureData>;

// A whole form larger than this is refused before parsing; no field we accept is near it.
const MAX_FIELD_LENGTH = 10_000;
// Repeated fields (ticked pupils, chosen items) are lists; none we accept is longer.
const MAX_LIST_LENGTH = 500;

function safeValues(form: FormData | null): Record<string, string> {
	const values: Record<string, string> = {};
	for (const [key, value] of form?.entries() ?? []) {
		if (typeof value === 'string' && !/password/i.test(key)) values[key] = value.slice(0, 500);
	}
	return values;
}

/** The values typed, for a failure: each field's last value, and every value of a repeated field. */
export function typedValues(form: FormData | null): Pick<FormFailureData, 'values' | 'lists'> {
	const lists: Record<string, string[]> = {};
	for (const key of new Set(form?.keys() ?? [])) {
		if (/password/i.test(key)) continue;
		const all = form!.getAll(key).filter((v): v is string => typeof v === 'string');
		if (all.length > 1) lists[key] = all.slice(0, MAX_LIST_LENGTH).map((v) => v.slice(0, 500));
	}
	return Object.keys(lists).length ? { values: safeValues(form), lists } : { values: safeValues(form) };
}

/** Reads the body as a form, or null when it is not one (wrong content type, malformed multipart). */
export async function readFormBody(request: Request): Promise<FormData | null> {
	const type = request.headers.get('content-type') ?? '';
	if (!/^(multipart\/form-data|application\/x-www-form-urlencoded)\b/i.test(type)) return null;
	try {
		return await request.formData();
	} catch {
		return null;
	}
}

export const unreadableForm = (): FormFailure =>
	fail(400, { errors: { form: 'The form could not be read. Please reload the page and try again.' }, values: {} });

export type ParsedForm<S extends z.ZodType> = { ok: true; data: z.infer<S>; form: FormData } | { ok: false; failure: FormFailure };

/**
 * Parses a form post with a zod schema. Fields named in `lists` are read as arrays (every
 * value sent); every other field as its one string. Files, over-long text and NUL bytes
 * are refused here for every form.
 */
export async function parseForm<S extends z.ZodType>(
	request: Request,
	schema: S,
	lists: readonly string[] = [],
	maxFieldLength = MAX_FIELD_LENGTH
): Promise<ParsedForm<S>> {
	const form = await readFormBody(request);
	if (!form) return { ok: false, failure: unreadableForm() };
	return parseFormData(form, schema, lists, maxFieldLength);
}

// A few forms carry a whole document (a school policy) and say how long a field may be.
export function parseFormData<S extends z.ZodType>(form: FormData, schema: S, lists: readonly string[] = [], maxFieldLength = MAX_FIELD_LENGTH): ParsedForm<S> {
	const refuse = (field: string, message: string): ParsedForm<S> => ({
		ok: false,
		failure: fail(400, { errors: { [field]: message }, ...typedValues(form) })
	});
	const raw: Record<string, unknown> = Object.fromEntries(lists.map((name) => [name, [] as string[]]));
	for (const [key, value] of form.entries()) {
		if (typeof value !== 'string') return refuse(key, 'Files are not accepted here.');
		if (value.length > maxFieldLength) return refuse(key, 'That is far too long.');
		if (findUnstorableText(value)) return refuse(key, UNSTORABLE_TEXT_MESSAGE);
		const list = raw[key];
		if (lists.includes(key) && Array.isArray(list)) {
			if (list.length >= MAX_LIST_LENGTH) return refuse(key, 'Too many chosen at once.');
			list.push(value);
		} else raw[key] = value;
	}
	const result = schema.safeParse(raw);
	if (result.success) return { ok: true, data: result.data, form };
	const errors: FieldErrors = {};
	for (const issue of result.error.issues) {
		const key = String(issue.path[0] ?? 'form');
		errors[key] ??= issue.message;
	}
	return { ok: false, failure: fail(400, { errors, ...typedValues(form) }) };
}
