// The sign-in limits as one reservation, shared by every step that guesses a secret: the
// password, the two-step code at sign-in, the first code that confirms an enrolment, the
// code that turns two-step off and the school account's callback. All count against the
// same account and address limits; a callback names no account until it succeeds, so it
// counts against its address alone.
import { eq } from 'drizzle-orm';
import type { Database, Executor } from '../db';
import { loginFailures } from '../db/schema';
import { releaseAttempt, reserveAttempt, type FailureCount, type Reservation } from './failures';
import { THROTTLE_WINDOW_MS, decideLoginThrottle } from '../../domain/auth/login-throttle';

export { releaseAttempt };

const accountKey = (username: string): string => `account:${username.trim().toLowerCase()}`;
const addressKey = (ip: string | null): string => `address:${ip ?? 'unknown'}`;

function throttleCounts(counts: Map<string, FailureCount>, username: string | null, ip: string | null) {
	const account = username === null ? undefined : counts.get(accountKey(username));
	const address = counts.get(addressKey(ip));
	const oldest = [account?.oldest, address?.oldest].filter((d): d is Date => d instanceof Date).sort((a, b) => a.getTime() - b.getTime())[0];
	return {
		accountFailures: account?.failures ?? 0,
		addressFailures: address?.failures ?? 0,
		oldestCountedFailure: oldest ?? null
	};
}

/**
 * Counts this attempt as a failure in advance, if the limits allow it (see failures.ts).
 * `username` null: an attempt that names no account yet, counted for its address only.
 */
export function reserveLoginAttempt(db: Database, username: string | null, ipAddress: string | null, now: Date): Promise<Reservation> {
	const keys = username === null ? [addressKey(ipAddress)] : [accountKey(username), addressKey(ipAddress)];
	return reserveAttempt(db, keys, new Date(now.getTime() - THROTTLE_WINDOW_MS), now, (counts) =>
		decideLoginThrottle(throttleCounts(counts, username, ipAddress), now)
	);
}

/**
 * A completed sign-in clears the account's count, so a child who mistyped can carry on. Only
 * a completed one: a right password with a code still owed must not wipe the wrong codes.
 */
export async function clearAccountFailures(db: Executor, username: string): Promise<void> {
	await db.delete(loginFailures).where(eq(loginFailures.throttleKey, accountKey(username)));
}
