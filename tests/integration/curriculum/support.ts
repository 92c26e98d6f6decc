// Helpers for the curriculum integration specs: a database with two schools to work and cross
// between, actors who have signed their agreements (the agreements gate is tested on its own),
// the term a page would show today, and counts of rows so "nothing was written" is checked, not
// assumed.
import { count, eq } from 'drizzle-orm';
import type { Database } from '../../../src/lib/server/db';
import {
	auditLog,
	deliveryAttendance,
	lessonAssignments,
	lessonCompletions,
	lessonDeliveries,
	lessonPlans,
	schoolLessons
} from '../../../src/lib/server/db/schema';
import type { Actor } from '../../../src/lib/domain/auth/permissions';
import { loadSchoolCalendar, pickTerm, type SchoolTerm } from '../../../src/lib/server/curriculum/calendar';
import { openTestDatabase, type TestDatabase } from '../support/database';
import { createTestSchool, type TestSchool, type TestUser } from '../support/factories';
import { lessonSteps, type Lesson } from '../../../src/lib/domain/curriculum';
import { recordLessonStep, submitLessonCheck, type CheckOutcome } from '../../../src/lib/server/curriculum/self-study';
import { londonDate } from '../../../src/lib/domain/calendar';

export const signed = (user: TestUser): Actor => ({ ...user.actor, gate: { open: true, missing: [] } });

export interface TermToday {
	term: SchoolTerm;
	today: string;
	/** A school day in the term on or before today. */
	day: string;
}

export async function currentTerm(db: Database, schoolId: string): Promise<TermToday> {
	const today = londonDate(new Date());
	const term = pickTerm(await loadSchoolCalendar(db, schoolId, today));
	return { term, today, day: term.startsOn <= today ? term.startsOn : today };
}

/** A spec file's own database: `school` is worked in, `other` is the school its boundary tests cross into. */
export interface TwoSchools {
	t: TestDatabase;
	school: TestSchool;
	other: TestSchool;
	/** The term `school` is in today. */
	when: TermToday;
}

export async function openTwoSchools(): Promise<TwoSchools> {
	const t = await openTestDatabase();
	const school = await createTestSchool(t.db);
	const other = await createTestSchool(t.db);
	return { t, school, other, when: await currentTerm(t.db, school.id) };
}

export async function curriculumRowCounts(db: Database, schoolId: string): Promise<Record<string, number>> {
	const tables = { schoolLessons, lessonDeliveries, deliveryAttendance, lessonCompletions, lessonAssignments, lessonPlans, auditLog };
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

/** The right answer to every question of a lesson. */
export const rightAnswers = (lesson: Lesson): number[] => lesson.quiz.map((q) => q.correctIndex);

/** Noon on a school day in England, so the date is the same in London and UTC. */
export const onDay = (day: string): Date => new Date(`${day}T12:00:00Z`);

/**
 * Works through a lesson as a pupil would: every step shown for `secondsPerStep` by the
 * server's clock, then the check, with the given answers (all right by default).
 */
export async function studyLesson(
	db: Database,
	actor: Actor,
	lesson: Lesson,
	options: { day: string; secondsPerStep: number; answers?: readonly (number | null)[]; start?: Date }
): Promise<CheckOutcome> {
	let at = (options.start ?? onDay(options.day)).getTime();
	for (const step of lessonSteps(lesson)) {
		await recordLessonStep(db, actor, lesson.id, step.index, { now: new Date(at) });
		at += options.secondsPerStep * 1000;
	}
	return submitLessonCheck(db, actor, lesson.id, options.answers ?? rightAnswers(lesson), { now: new Date(at) });
}
