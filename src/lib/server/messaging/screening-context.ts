// The screen's context for one school: the roster's full names (so "Amira Khan" is caught
// as a full name), the school's name, town and staff surnames (for the `school` kind), and
// what the school tuned: approved link domains and its own word lists. Compiling a
// screener costs far more than screening one message, so each school's is kept for a
// minute; a roster change is picked up within that minute, a settings change at once.
import { and, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../db';
import { users } from '../db/schema';
import { createScreener, type Screener } from '../../domain/screening';
import { loadScreeningSettings } from '../screening/settings';

const TTL_MS = 60_000;
const cache = new Map<string, { screener: Promise<Screener>; at: number }>();

export function screenerForSchool(db: Executor, schoolId: string, now = Date.now()): Promise<Screener> {
	const hit = cache.get(schoolId);
	if (hit && now - hit.at < TTL_MS) return hit.screener;
	// Calls that arrive while it is built wait for it: building one per message at once
	// would cost a busy school more than screening.
	const building = buildScreener(db, schoolId);
	cache.set(schoolId, { screener: building, at: now });
	building.catch(() => cache.get(schoolId)?.screener === building && cache.delete(schoolId));
	return building;
}

async function buildScreener(db: Executor, schoolId: string): Promise<Screener> {
	const [people, settings] = await Promise.all([
		db
			.select({ firstName: users.firstName, surname: users.surname, role: users.role })
			.from(users)
			.where(and(eq(users.schoolId, schoolId), inArray(users.role, ['pupil', 'teacher', 'dsl', 'admin']))),
		loadScreeningSettings(db, schoolId)
	]);
	return createScreener({
		rosterNames: people.filter((p) => p.role === 'pupil').map(({ firstName, surname }) => ({ firstName, surname })),
		teacherNames: people.filter((p) => p.role !== 'pupil').map((p) => p.surname),
		schoolName: settings.schoolName,
		schoolTown: settings.town,
		approvedDomains: settings.approvedDomains,
		extraWords: settings.extraWords,
		allowedWords: settings.allowedWords
	});
}

/** Called after a school changes its screening settings. */
export function forgetScreener(schoolId: string): void {
	cache.delete(schoolId);
}
