// Helpers for the curriculum integration specs: actors who have signed their agreements
// (the agreements gate is tested on its own), the term a page would show today, and
// counts of rows so "nothing was written" is checked, not assumed.
import { count, eq } from 'drizzle-orm';
import type { Database } from '../../../src/lib/server/db';
import { auditLog, deliveryAttendance, lessonAssignments, lessonCompletions, lessonDeliveries, schoolLessons } from '../../../src/lib/server/db/schema';
import type { Actor } from '../../../src/lib/domain/auth/permissions';
import { loadSchoolCalendar, pickTerm, todayInEngland, type SchoolTerm } from '../../../src/lib/server/curriculum/calendar';
import type { TestUser } from '../support/factories';

export const signed = (user: TestUser): Actor => ({ ...user.actor, gate: { open: true, missing: [] } });

export interface TermToday {
	term: SchoolTerm;
	today: string;
	/** A school day in the term on or before today. */
	day: string;
}

export async function currentTerm(db: Database, schoolId: string): Promise<TermToday> {
	const today = todayInEngland();
	const term = pickTerm(await loadSchoolCalendar(db, schoolId, today));
	return { term, today, day: term.startsOn <= today ? term.startsOn : today };
}

export async function curriculumRowCounts(db: Database, schoolId: string): Promise<Record<string, number>> {
	const tables = { schoolLessons, lessonDeliveries, deliveryAttendance, lessonCompletions, lessonAssignments, auditLog };
	const counts: Record<string, number> = {};
	for (const [name, table] of Object.entries(tables)) {
		const [row] = await db.select({ n: count() }).from(table).where(eq(table.schoolId, schoolId));
		counts[name] = row!.n;
	}
	return counts;
}

/** Answers for every question of a lesson (the first option each time). */
export const answersFor = (questions: number): number[] => Array.from({ length: questions }, () => 0);
export const allSections = (sections: number): number[] => Array.from({ length: sections }, (_, i) => i);
