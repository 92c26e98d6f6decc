// What the two-step forms answer when a service refuses: the same shape as every form
// failure (400 wrong code, 409 already on or off, 429 too many tries), the code never echoed.
import { fail } from '@sveltejs/kit';
import { ConflictError, RateLimitError } from '../errors';
import { failFromServiceError, type FormFailure } from '../http/forms';

export function twoStepFailure(e: unknown, form: FormData): FormFailure {
	if (e instanceof RateLimitError) return fail(429, { errors: { form: e.message }, values: {} });
	if (e instanceof ConflictError) return fail(409, { errors: { form: e.message }, values: {} });
	form.delete('code');
	return failFromServiceError(e, form);
}
