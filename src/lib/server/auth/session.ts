// Sessions as the Lucia guide teaches: 20 random bytes (160 bits, beyond guessing) encoded
// base32 go to the browser; only their SHA-256 is stored. Idle and absolute limits come
// from the domain's session policy, per role.
import { sha256 } from '@oslojs/crypto/sha2';
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from '@oslojs/encoding';
import { and, eq, ne, sql } from 'drizzle-orm';
import type { Executor } from '../db';
import { sessions, users, type User } from '../db/schema';
import {
	absoluteExpiry,
	sessionDeadline,
	sessionLimitsFor,
	sessionState,
	shouldTouch,
	type SessionLimits,
	type SessionState
} from '../../domain/auth/session-policy';

export const SESSION_COOKIE = 'session';

/** What a session still owes after a right password: a code, or setting two-step up. */
export type SecondStep = 'verify' | 'enrol';

/** How a session's sign-in began (audited with it). */
export type SignInMethod = 'password' | 'oidc' | 'card';

export function generateSessionToken(): string {
	const bytes = new Uint8Array(20);
	crypto.getRandomValues(bytes);
	return encodeBase32LowerCaseNoPadding(bytes);
}

export function sessionIdFromToken(token: string): string {
	return encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
}

export interface SessionRecord {
	id: string;
	userId: string;
	schoolId: string;
	createdAt: Date;
	lastSeenAt: Date;
	expiresAt: Date;
	idleTimeoutMs: number;
}

export type SessionUser = Pick<User, 'id' | 'schoolId' | 'username' | 'role' | 'firstName' | 'surname'>;

export async function createSession(
	db: Executor,
	token: string,
	user: Pick<User, 'id' | 'schoolId' | 'role'>,
	now = new Date(),
	limits: SessionLimits = sessionLimitsFor(user.role),
	secondStep: SecondStep | null = null,
	method: SignInMethod = 'password'
): Promise<SessionRecord> {
	const record: SessionRecord = {
		id: sessionIdFromToken(token),
		userId: user.id,
		schoolId: user.schoolId,
		createdAt: now,
		lastSeenAt: now,
		expiresAt: absoluteExpiry(limits, now),
		idleTimeoutMs: limits.idleMs
	};
	await db.insert(sessions).values({ ...record, secondStep, method });
	return record;
}

/** A session whose password was right but whose second step is still owed. */
export interface PendingSecondStep {
	sessionId: string;
	userId: string;
	step: SecondStep;
}

export type SessionValidation =
	| { state: 'active'; session: SessionRecord; user: SessionUser }
	| { state: 'second-step'; pending: PendingSecondStep; session: null; user: null }
	| { state: Exclude<SessionState, 'active'> | 'unknown'; session: null; user: null };

/**
 * The one session check, by id: unknown or disabled → 'unknown'; idle or expired → ended (the
 * row is deleted) with that state; owing its second step → 'second-step'; otherwise active,
 * sliding the idle clock when `touch` is set. Pages (by token) and sockets (by id) both use it.
 */
const SESSION_ROW = {
	session: sessions,
	user: {
		id: users.id,
		schoolId: users.schoolId,
		username: users.username,
		role: users.role,
		firstName: users.firstName,
		surname: users.surname,
		disabledAt: users.disabledAt
	}
};

type SessionRow = { session: typeof sessions.$inferSelect; user: SessionUser & { disabledAt: Date | null } };

/** What a stored row means now; the caller deletes an ended one and slides an active one. */
function classify(row: SessionRow | undefined, now: Date): SessionValidation {
	if (!row || row.user.disabledAt) return { state: 'unknown', session: null, user: null };
	const state = sessionState(row.session, now);
	if (state !== 'active') return { state, session: null, user: null };
	// Not signed in yet: no user, so no page, action or socket will take it.
	if (row.session.secondStep === 'verify' || row.session.secondStep === 'enrol')
		return { state: 'second-step', pending: { sessionId: row.session.id, userId: row.user.id, step: row.session.secondStep }, session: null, user: null };
	const { secondStep: _pending, method: _method, ...stored } = row.session;
	const { disabledAt: _disabled, ...user } = row.user;
	return { state: 'active', session: { ...stored }, user };
}

const ended = (v: SessionValidation): boolean => v.state === 'idle-locked' || v.state === 'expired';

async function checkSession(db: Executor, id: string, now: Date, touch: boolean): Promise<SessionValidation> {
	const [row] = await db.select(SESSION_ROW).from(sessions).innerJoin(users, eq(users.id, sessions.userId)).where(eq(sessions.id, id));
	const result = classify(row, now);
	if (ended(result)) await db.delete(sessions).where(eq(sessions.id, id));
	if (result.state === 'active' && touch && shouldTouch(result.session, now)) {
		await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, id));
		result.session.lastSeenAt = now;
	}
	return result;
}

/** Looks the token up, ends it if idle or expired, and slides its idle clock if active. */
export async function validateSessionToken(db: Executor, token: string, now = new Date()): Promise<SessionValidation> {
	return checkSession(db, sessionIdFromToken(token), now, true);
}

/** Ends one session; returns whether it existed. Tell its sockets after the commit. */
export async function invalidateSession(db: Executor, sessionId: string): Promise<boolean> {
	const ended = await db.delete(sessions).where(eq(sessions.id, sessionId)).returning({ id: sessions.id });
	return ended.length > 0;
}

/**
 * Ends every session of a user, optionally keeping the one making the change, and returns
 * the ids it ended so their sockets can be dropped once the change commits.
 */
export async function invalidateUserSessions(db: Executor, userId: string, exceptSessionId?: string): Promise<string[]> {
	const ended = await db
		.delete(sessions)
		.where(exceptSessionId ? and(eq(sessions.userId, userId), ne(sessions.id, exceptSessionId)) : eq(sessions.userId, userId))
		.returning({ id: sessions.id });
	return ended.map((r) => r.id);
}

export type SessionIdCheck =
	{ state: 'active'; user: SessionUser; deadline: Date } | { state: Exclude<SessionState, 'active'> | 'unknown'; user: null; deadline: null };

/** Session ids are hex digests, so a PostgreSQL array literal of them needs no quoting. */
const idArray = (ids: readonly string[]) => sql`${`{${ids.join(',')}}`}::text[]`;

/**
 * The same check for many sessions at once (every live socket of a process): one read, one
 * delete of those that ended and one write sliding those in `used` that are due, whatever
 * their number. Ids that are not hex digests are 'unknown'.
 */
export async function validateSessionIds(
	db: Executor,
	ids: readonly string[],
	used: ReadonlySet<string>,
	now = new Date()
): Promise<Map<string, SessionIdCheck>> {
	const wanted = [...new Set(ids)].filter((id) => /^[0-9a-f]+$/.test(id));
	const rows = wanted.length
		? await db
				.select(SESSION_ROW)
				.from(sessions)
				.innerJoin(users, eq(users.id, sessions.userId))
				.where(sql`${sessions.id} = any(${idArray(wanted)})`)
		: [];
	const byId = new Map(rows.map((r) => [r.session.id, r]));
	const results = new Map(ids.map((id) => [id, classify(byId.get(id), now)]));
	const gone = [...results].filter(([, v]) => ended(v)).map(([id]) => id);
	if (gone.length) await db.delete(sessions).where(sql`${sessions.id} = any(${idArray(gone)})`);
	const slide = [...results].filter(([id, v]) => v.state === 'active' && used.has(id) && shouldTouch(v.session, now)).map(([id]) => id);
	if (slide.length)
		await db
			.update(sessions)
			.set({ lastSeenAt: now })
			.where(sql`${sessions.id} = any(${idArray(slide)})`);
	return new Map(
		[...results].map(([id, v]) => {
			if (v.state === 'active' && slide.includes(id)) v.session.lastSeenAt = now;
			return [id, asIdCheck(v)];
		})
	);
}

function asIdCheck(result: SessionValidation): SessionIdCheck {
	if (result.state === 'active') return { state: 'active', user: result.user, deadline: sessionDeadline(result.session) };
	// A session still owing its second step never had a socket; treat it as unknown.
	return { state: result.state === 'second-step' ? 'unknown' : result.state, user: null, deadline: null };
}

/**
 * Re-checks a session already known by id (a live socket), with the same rules as a page.
 * `touch: false` reads without sliding the idle clock: a socket's own expiry timer is not
 * the person using the app.
 */
export async function validateSessionId(
	db: Executor,
	sessionId: string,
	now = new Date(),
	{ touch = true }: { touch?: boolean } = {}
): Promise<SessionIdCheck> {
	return asIdCheck(await checkSession(db, sessionId, now, touch));
}
