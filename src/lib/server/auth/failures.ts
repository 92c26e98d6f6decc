// Failed attempts kept for throttling (wrong passwords, wrong invitation codes), counted per
// key ('account:…', 'address:…', …) over a window. The limits are the domain's; this only
// reads and writes the rows.
import { and, count, gte, inArray, min } from 'drizzle-orm';
import type { Executor } from '../db';
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

export async function recordFailures(db: Executor, keys: string[], at: Date): Promise<void> {
	await db.insert(loginFailures).values(keys.map((throttleKey) => ({ throttleKey, failedAt: at })));
}
