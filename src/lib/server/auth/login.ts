// Signing in: throttle, verify, open a session, audit. Unknown usernames and wrong
// passwords get the same answer so usernames cannot be discovered.
import { eq, sql } from 'drizzle-orm';
import { releaseAttempt, reserveAttempt, type FailureCount } from './failures';
import type { Database } from '../db';
import { loginFailures, users } from '../db/schema';
import { recordAudit } from '../audit/record';
import { verifyDecoy, verifyPassword } from './passwords';
import { createSession, generateSessionToken, type SessionRecord } from './session';
import {
	THROTTLE_WINDOW_MS,
	decideLoginThrottle
} from '../../domain/auth/login-throttle';
import type { Role } from '../../domain/auth/roles';

export interface LoginInput {
	username: string;
	password: string;
	ipAddress: string | null;
}

export type LoginResult =
	| { ok: true; token: string; session: SessionRecord; role: Role }
	| { ok: false; reason: 'invalid' }
	| { ok: false; reason: 'disabled' }
	| { ok: false; reason: 'throttled'; retryAfterMinutes: number };

const accountKey = (username: string): string => `account:${username}`;
const addressKey = (ip: string | null): string => `address:${ip ?? 'unknown'}`;

function throttleCounts(counts: Map<string, FailureCount>, username: string, ip: string | null) {
	const account = counts.get(accountKey(username));
	const address = counts.get(addressKey(ip));
	const oldest = [account?.oldest, address?.oldest]
		.filter((d): d is Date => d instanceof Date)
		.sort((a, b) => a.getTime() - b.getTime())[0];
	return {
		accountFailures: account?.failures ?? 0,
		addressFailures: address?.failures ?? 0,
		oldestCountedFailure: oldest ?? null
	};
}

export async function signIn(db: Database, input: LoginInput, now = new Date()): Promise<LoginResult> {
	const username = input.username.trim().toLowerCase();
	const keys = [accountKey(username), addressKey(input.ipAddress)];
	// Counted as a failure before the password is checked, so a burst cannot outrun the limit.
	const attempt = await reserveAttempt(db, keys, new Date(now.getTime() - THROTTLE_WINDOW_MS), now, (counts) =>
		decideLoginThrottle(throttleCounts(counts, username, input.ipAddress), now)
	);
	if (!attempt.allowed) {
		await recordAudit(db, {
			schoolId: null,
			actorId: null,
			action: 'auth.login_throttled',
			details: { username },
			ipAddress: input.ipAddress
		});
		return { ok: false, reason: 'throttled', retryAfterMinutes: attempt.retryAfterMinutes };
	}
	const [user] = await db
		.select()
		.from(users)
		.where(sql`lower(${users.username}) = ${username}`);
	const valid = user ? await verifyPassword(user.passwordHash, input.password) : await verifyDecoy(input.password);
	if (!user || !valid) {
		// The reservation already counts this failure.
		await recordAudit(db, {
			schoolId: user?.schoolId ?? null,
			actorId: user?.id ?? null,
			action: 'auth.login_failed',
			details: { username },
			ipAddress: input.ipAddress
		});
		return { ok: false, reason: 'invalid' };
	}
	if (user.disabledAt) {
		// Said only after the right password, so it reveals nothing to someone guessing.
		await db.transaction(async (tx) => {
			await releaseAttempt(tx, attempt.ids);
			await recordAudit(tx, { schoolId: user.schoolId, actorId: user.id, action: 'auth.login_disabled', ipAddress: input.ipAddress });
		});
		return { ok: false, reason: 'disabled' };
	}
	const token = generateSessionToken();
	const session = await db.transaction(async (tx) => {
		const created = await createSession(tx, token, user, now);
		await releaseAttempt(tx, attempt.ids);
		// A success clears the account's count, so a child who mistyped can carry on.
		await tx.delete(loginFailures).where(eq(loginFailures.throttleKey, accountKey(username)));
		await recordAudit(tx, {
			schoolId: user.schoolId,
			actorId: user.id,
			action: 'auth.login',
			ipAddress: input.ipAddress
		});
		return created;
	});
	return { ok: true, token, session, role: user.role };
}
