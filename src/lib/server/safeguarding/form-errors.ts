// Turns safeguarding service errors into form answers: input and not-found as the shared
// helper does, and a conflict (someone changed the incident first, or it is signed off)
// as a 409 with its message, so the page can say what happened.
import { fail } from '@sveltejs/kit';
import { failFromServiceError, type FormFailure } from '../http/forms';
import { ConflictError } from '../errors';

export function failFromSafeguardingError(e: unknown, form: FormData): FormFailure {
	if (e instanceof ConflictError) return fail(409, { errors: { form: e.message }, values: {} });
	return failFromServiceError(e, form);
}
