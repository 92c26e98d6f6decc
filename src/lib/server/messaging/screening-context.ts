// The screen's context for one school: the roster's full names (so "Amira Khan" is caught
// as a full name), approved link domains and the school's own word lists. Compiling a
// screener costs far more than screening one message, so each school's is kept for a
// minute; a roster change is picked up within that minute.
import { and, eq } from 'drizzle-orm';
import type { Executor } from '../db';
import { users } from '../db/schema';
import { createScreener, type Screener } from '../../domain/screening';

const TTL_MS = 60_000;
const cache = new Map<string, { screener: Screener; at: number }>();

export async function screenerForSchool(db: Executor, schoolId: string, now = Date.now()): Promise<Screener> {
	const hit = cache.get(schoolId);
	if (hit && now - hit.at < TTL_MS) return hit.screener;
	const roster = await db
		.select({ firstName: users.firstName, surname: users.surname })
		.from(users)
		.where(and(eq(users.schoolId, schoolId), eq(users.role, 'pupil')));
	const screener = createScreener({ rosterNames: roster, approvedDomains: [], extraWords: [], allowedWords: [] });
	cache.set(schoolId, { screener, at: now });
	return screener;
}
