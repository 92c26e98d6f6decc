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

/** What anyone is told when the database cannot be reached: nothing is lost, try again. */
export const DATABASE_UNAVAILABLE_MESSAGE = "We can't reach the school's server just now. Please try again in a moment.";

// PostgreSQL's codes for a connection that failed or was cut (class 08), a server shutting
// down or refusing connections (57P01–57P03), too many connections (53300), and
// postgres.js's own codes for a socket that closed, ended or timed out.
const UNAVAILABLE_CODES = new Set([
	'57P01',
	'57P02',
	'57P03',
	'53300',
	'CONNECTION_CLOSED',
	'CONNECTION_DESTROYED',
	'CONNECTION_ENDED',
	'CONNECT_TIMEOUT',
	'ECONNREFUSED',
	'ECONNRESET',
	'ETIMEDOUT',
	'EPIPE'
]);

/**
 * Whether an error means the database could not be reached (an outage to wait out), as
 * opposed to a bug or a refusal. Looks through drizzle's wrapping (`cause`).
 */
export function isDatabaseUnavailable(e: unknown): boolean {
	for (let err = e as { code?: unknown; message?: unknown; cause?: unknown } | null, depth = 0; err && depth < 5; err = err.cause as typeof err, depth++) {
		const code = typeof err.code === 'string' ? err.code : '';
		if (UNAVAILABLE_CODES.has(code) || code.startsWith('08')) return true;
		// A database that is closed to new connections (ALTER DATABASE … ALLOW_CONNECTIONS false, or being dropped).
		if (code === '55000' && typeof err.message === 'string' && err.message.includes('accepting connections')) return true;
	}
	return false;
}
