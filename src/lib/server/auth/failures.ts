// Failed attempts kept for throttling (wrong passwords, wrong codes, wrong invitation
// codes), counted per key ('account:…', 'address:…', …) over a window. The limits are the
// domain's; this module makes checking them atomic.
//
// Counting and then recording after a slow password check lets a burst through: fifty
// attempts that start together all see nine failures. So an attempt is reserved first:
// under a lock per key (a transaction-scoped advisory lock, released at commit), the
// failures are counted and, if every limit allows it, the attempt is recorded as a failure
// in advance. A right answer releases its reservation; a wrong one leaves it counted.
import { and, count, gte, inArray, min, sql } from 'drizzle-orm';
import type { Database, Executor } from '../db';
import { loginFailures } from '../db/schema';

export interface FailureCount {
	failures: number;
	oldest: Date | null;
}

export async function countRecentFailures(db: Executor, keys: string[], since: Date): Promise<Map<string, FailureCount>> {
	const rows = await db
		.select({ key: loginFailures.throttleKey, n: count(), oldest: min(loginFailures.failedAt) })
		.from(loginFailures)
		.where(and(inArray(loginFailures.throttleKey, keys), gte(loginFailures.failedAt, since)))
		.groupBy(loginFailures.throttleKey);
	return new Map(rows.map((r) => [r.key, { failures: r.n, oldest: r.oldest ? new Date(r.oldest) : null }]));
}

/** What the domain's throttles decide (login and invitation codes alike). */
export type ThrottleDecision = { allowed: true } | { allowed: false; retryAfterMinutes: number };

export type Reservation = { allowed: true; ids: number[] } | { allowed: false; retryAfterMinutes: number };

/**
 * Atomically checks the limits for these keys and, when `decide` allows, counts this
 * attempt as a failure straight away. Release the returned ids if the attempt succeeds.
 */
export async function reserveAttempt(
	db: Database,
	keys: string[],
	since: Date,
	now: Date,
	decide: (counts: Map<string, FailureCount>) => ThrottleDecision
): Promise<Reservation> {
	return db.transaction(async (tx) => {
		// Sorted, so two attempts sharing keys always take the locks in the same order.
		for (const key of [...new Set(keys)].sort()) await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${key}, 0))`);
		const decision = decide(await countRecentFailures(tx, keys, since));
		if (!decision.allowed) return decision;
		const rows = await tx
			.insert(loginFailures)
			.values(keys.map((throttleKey) => ({ throttleKey, failedAt: now })))
			.returning({ id: loginFailures.id });
		return { allowed: true, ids: rows.map((r) => r.id) };
	});
}

/** The attempt was right after all: it no longer counts as a failure. */
export async function releaseAttempt(db: Executor, ids: number[]): Promise<void> {
	if (ids.length) await db.delete(loginFailures).where(inArray(loginFailures.id, ids));
}
