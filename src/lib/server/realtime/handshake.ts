// The socket handshake: the same session cookie as the pages, and an Origin check so a
// page on another site cannot open a socket with a pupil's cookie. Anything else is
// refused before a single event is handled.
import type { IncomingMessage } from 'node:http';
import { parse as parseCookie } from 'cookie';
import { getDb } from '../db';
import { SESSION_COOKIE, validateSessionToken, type SessionValidation } from '../auth/session';

export interface HandshakeOptions {
	/** Allowed origins; when empty, the Origin must match the Host the request was sent to. */
	origins: string[];
}

export function originAllowed(req: Pick<IncomingMessage, 'headers'>, options: HandshakeOptions): boolean {
	const origin = req.headers.origin;
	if (!origin) return false;
	if (options.origins.length) return options.origins.includes(origin);
	try {
		return new URL(origin).host === req.headers.host;
	} catch {
		return false;
	}
}

export function sessionTokenFrom(req: Pick<IncomingMessage, 'headers'>): string | null {
	const header = req.headers.cookie;
	if (!header) return null;
	const token = parseCookie(header)[SESSION_COOKIE];
	return token && /^[a-z2-7]{32}$/.test(token) ? token : null;
}

export async function authenticateSocket(req: Pick<IncomingMessage, 'headers'>): Promise<SessionValidation> {
	const token = sessionTokenFrom(req);
	if (!token) return { state: 'unknown', session: null, user: null };
	return validateSessionToken(getDb(), token);
}
