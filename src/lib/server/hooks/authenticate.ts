// Reads the session cookie, validates it, and puts the user and their Actor on locals.
// A forged, unknown or expired cookie is simply removed: the visitor is signed out.
import type { Handle } from '@sveltejs/kit';
import { getDb } from '../db';
import { SESSION_COOKIE, validateSessionToken } from '../auth/session';
import { loadActor } from '../auth/actor';
import { sessionCookieOptions } from '../auth/cookies';

// Tokens are 32 base32 characters; anything else is not worth a database look-up.
const TOKEN_SHAPE = /^[a-z2-7]{32}$/;

export const authenticate: Handle = async ({ event, resolve }) => {
	event.locals.user = null;
	event.locals.session = null;
	event.locals.actor = null;
	event.locals.sessionEnded = null;
	event.locals.secondStep = null;
	const token = event.cookies.get(SESSION_COOKIE);
	if (!token) return resolve(event);
	if (!TOKEN_SHAPE.test(token)) {
		event.cookies.delete(SESSION_COOKIE, { path: '/' });
		return resolve(event);
	}
	const db = getDb();
	const result = await validateSessionToken(db, token);
	if (result.state === 'second-step') {
		// Signed in by password only: no user and no actor, so every guard refuses it.
		event.locals.secondStep = result.pending;
		return resolve(event);
	}
	if (result.state !== 'active') {
		event.cookies.delete(SESSION_COOKIE, { path: '/' });
		if (result.state === 'idle-locked' || result.state === 'expired') event.locals.sessionEnded = result.state;
		return resolve(event);
	}
	event.locals.user = result.user;
	event.locals.session = result.session;
	event.locals.actor = await loadActor(db, result.user);
	event.cookies.set(SESSION_COOKIE, token, sessionCookieOptions(result.session.expiresAt, event.url));
	return resolve(event);
};
