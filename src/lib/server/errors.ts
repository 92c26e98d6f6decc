// Errors services raise for the edge to turn into a clear answer. Anything else is a bug
// and reaches handleError, which shows a plain message and never a stack trace.
export class InputError extends Error {
	constructor(
		readonly field: string,
		message: string
	) {
		super(message);
		this.name = 'InputError';
	}
}

export class NotFoundError extends Error {
	constructor(message = 'We could not find that.') {
		super(message);
		this.name = 'NotFoundError';
	}
}

/** Postgres unique-violation, from either driver. */
export function isUniqueViolation(e: unknown): boolean {
	const err = e as { code?: string; cause?: { code?: string } } | null;
	return err?.code === '23505' || err?.cause?.code === '23505';
}

/** Too many attempts in a short time; the message is written for the person waiting. */
export class RateLimitError extends Error {
	constructor(
		message: string,
		readonly retryAfterSeconds: number
	) {
		super(message);
		this.name = 'RateLimitError';
	}
}

/** Someone else changed the thing first (optimistic locking); the message says what to do. */
export class ConflictError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'ConflictError';
	}
}
