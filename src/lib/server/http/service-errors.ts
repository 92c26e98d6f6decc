// The one place a service's error becomes an HTTP status. Form actions, loads, endpoints
// and socket handlers all ask `mapServiceError` (input 400, not found 404, forbidden 403,
// conflict 409, rate 429, database out of reach 503); anything it does not recognise is a bug,
// left to SvelteKit's handleError (a logged 500 with a reference number).
import { AuthorizationError } from '../auth/authorize';
import { CodeThrottledError } from '../agreements/join';
import { ConflictError, DATABASE_UNAVAILABLE_MESSAGE, InputError, NotFoundError, RateLimitError, isDatabaseUnavailable, isUniqueViolation } from '../errors';

export type ServiceErrorStatus = 400 | 401 | 403 | 404 | 409 | 429 | 503;

export interface MappedServiceError {
	status: ServiceErrorStatus;
	/** The form field the message belongs to; `form` when it is about the whole form. */
	field: string;
	message: string;
}

// PostgreSQL's own refusals of bad input, from either driver: the request was wrong, not
// the server. 22P02 is text that is not a valid id or number; 22021 a byte (U+0000) the
// database cannot store. Both are normally stopped at the edge; this is the backstop.
const BAD_TEXT = '22021';
const BAD_SYNTAX = '22P02';

function pgCode(e: unknown): string | undefined {
	const err = e as { code?: unknown; cause?: { code?: unknown } } | null;
	const code = err?.code ?? err?.cause?.code;
	return typeof code === 'string' ? code : undefined;
}

export function mapServiceError(e: unknown): MappedServiceError | null {
	// Checked before InputError, which it extends: too many wrong codes is a wait, not a typo.
	if (e instanceof CodeThrottledError) return { status: 429, field: e.field, message: e.message };
	if (e instanceof RateLimitError) return { status: 429, field: 'form', message: e.message };
	if (e instanceof InputError) return { status: 400, field: e.field, message: e.message };
	if (e instanceof NotFoundError) return { status: 404, field: 'form', message: e.message };
	if (e instanceof AuthorizationError) return { status: e.status, field: 'form', message: e.message };
	if (e instanceof ConflictError) return { status: 409, field: 'form', message: e.message };
	// The database could not be reached: nothing changed, and what was typed stays in the form.
	if (isDatabaseUnavailable(e)) return { status: 503, field: 'form', message: DATABASE_UNAVAILABLE_MESSAGE };
	if (isUniqueViolation(e)) return { status: 409, field: 'form', message: 'That has already been done. Please reload the page.' };
	const code = pgCode(e);
	if (code === BAD_TEXT) return { status: 400, field: 'form', message: 'Some of the text has a character we cannot keep. Please type it again.' };
	if (code === BAD_SYNTAX) return { status: 404, field: 'form', message: 'We could not find that.' };
	return null;
}
