// Minutes are earned: the server's clock measures time on a lesson's steps, capped at
// the lesson's length, idle time excluded; the lesson is done only when the check is
// passed with every step read; a lesson counts again in a later academic year.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { openTestDatabase, type TestDatabase } from '../support/database';
import { createTestSchool, type TestSchool } from '../support/factories';
import { lessonCompletions } from '../../../src/lib/server/db/schema';
import { getClassProgress, getSchoolProgress } from '../../../src/lib/server/curriculum/progress';
import { loadSchoolCalendar } from '../../../src/lib/server/curriculum/calendar';
import { updateTargetMinutes } from '../../../src/lib/server/curriculum/term-settings';
import { parseLondonLocal } from '../../../src/lib/domain/calendar';
import { getSelfStudy, recordLessonStep, submitLessonCheck } from '../../../src/lib/server/curriculum/self-study';
import { IDLE_AFTER_SECONDS, lessonSteps, requireLessonBySlug } from '../../../src/lib/domain/curriculum';
import { currentTerm, onDay, rightAnswers, signed, studyLesson, type TermToday } from './support';

const LESSON = requireLessonBySlug('privacy-7-11-guard-your-details');

let t: TestDatabase;
let school: TestSchool;
let when: TermToday;

beforeAll(async () => {
	t = await openTestDatabase();
	school = await createTestSchool(t.db, 5);
	when = await currentTerm(t.db, school.id);
});
afterAll(() => t.close());

const pupil = (i: number) => school.classes[0].pupils[i]!;
const selfStudyMinutes = async (pupilId: string): Promise<number> => {
	const { grid } = await getClassProgress(t.db, signed(school.classes[0].teacher), school.classes[0].id, { today: when.today, termName: when.term.name });
	return grid.rows.find((r) => r.pupilId === pupilId)!.selfStudyMinutes;
};

describe('earning minutes on a lesson alone', () => {
	it('clicking through faster than it can be read earns only the time spent, and no completion', async () => {
		const p = signed(pupil(0));
		// One second a step, every answer right: 30 minutes of lesson in a few seconds.
		const outcome = await studyLesson(t.db, p, LESSON, { day: when.day, secondsPerStep: 1 });
		expect(outcome).toMatchObject({ passed: false, shortfall: 'steps-unread', correct: LESSON.quiz.length, minutes: 0 });
		expect(await getSelfStudy(t.db, p, LESSON.id, { now: onDay(when.day) })).toMatchObject({ status: 'started', minutes: 0 });
		expect(await selfStudyMinutes(pupil(0).id)).toBe(0);
	});

	it('a failed check does not complete, and a retry that passes does', async () => {
		const p = signed(pupil(1));
		const wrong = LESSON.quiz.map((q, i) => (i < 3 ? (q.correctIndex + 1) % q.options.length : q.correctIndex));
		const failed = await studyLesson(t.db, p, LESSON, { day: when.day, secondsPerStep: 60, answers: wrong });
		expect(failed).toMatchObject({ passed: false, shortfall: 'below-pass-mark', correct: 2, tries: 1 });
		const [row] = await t.db
			.select()
			.from(lessonCompletions)
			.where(eq(lessonCompletions.pupilId, pupil(1).id));
		expect(row!.completedOn).toBeNull();
		const steps = lessonSteps(LESSON).length;
		expect(failed.minutes).toBe(steps);

		const retry = await submitLessonCheck(t.db, p, LESSON.id, rightAnswers(LESSON), { now: new Date(onDay(when.day).getTime() + (steps + 1) * 60_000) });
		expect(retry).toMatchObject({ passed: true, tries: 2, minutes: steps + 1 });
		expect(await selfStudyMinutes(pupil(1).id)).toBe(steps + 1);
	});

	it('excludes idle time and caps credit at the lesson length', async () => {
		const p = signed(pupil(2));
		const start = onDay(when.day).getTime();
		await recordLessonStep(t.db, p, LESSON.id, 0, { now: new Date(start) });
		// The child walked away for an hour: only IDLE_AFTER_SECONDS of it counts.
		await recordLessonStep(t.db, p, LESSON.id, 1, { now: new Date(start + 3_600_000) });
		expect((await getSelfStudy(t.db, p, LESSON.id, { now: onDay(when.day) })).minutes).toBe(Math.floor(IDLE_AFTER_SECONDS / 60));
		// Very slow but active: never more than the lesson is worth.
		const slow = await studyLesson(t.db, p, LESSON, { day: when.day, secondsPerStep: IDLE_AFTER_SECONDS, start: new Date(start + 7_200_000) });
		expect(slow.minutes).toBe(LESSON.durationMinutes);
	});

	it('counts a lesson again in a later academic year, never twice in one', async () => {
		const p = signed(pupil(3));
		const lastYear = `${when.term.academicYearStart - 1}-11-10`;
		const before = await studyLesson(t.db, p, LESSON, { day: lastYear, secondsPerStep: 120 });
		expect(before.passed).toBe(true);
		const now = await studyLesson(t.db, p, LESSON, { day: when.day, secondsPerStep: 120 });
		expect(now.passed).toBe(true);
		const rows = await t.db
			.select({ year: lessonCompletions.academicYearStart })
			.from(lessonCompletions)
			.where(and(eq(lessonCompletions.pupilId, pupil(3).id), eq(lessonCompletions.lessonId, LESSON.id)));
		expect(rows.map((r) => r.year).sort()).toEqual([when.term.academicYearStart - 1, when.term.academicYearStart]);
		expect(await selfStudyMinutes(pupil(3).id)).toBe(now.minutes);
	});

	it('credits each minute to the London day it was earned, so a lesson finished next term counts there', async () => {
		const other = await createTestSchool(t.db, 2);
		const [autumn, spring] = (await loadSchoolCalendar(t.db, other.id, when.today)).terms;
		const cls = other.classes[0];
		const p = signed(cls.pupils[0]!);
		const at = async (instant: number, step: number) => recordLessonStep(t.db, p, LESSON.id, step, { now: new Date(instant) });
		// 23:50:30 on the last day of autumn, three minutes a step: 9 minutes before midnight,
		// then 3 after it and the idle allowance when the tablet is left on: 6 in the holiday.
		const evening = parseLondonLocal(`${autumn!.endsOn}T23:50`)!.getTime() + 30_000;
		for (let i = 0; i <= 4; i++) await at(evening + i * 180_000, i);
		// Picked up again on the first morning of spring: 15 more minutes, up to the lesson's 30.
		const morning = parseLondonLocal(`${spring!.startsOn}T10:00`)!.getTime();
		for (let i = 0; i <= 5; i++) await at(morning + i * 180_000, 4 + Math.min(i, 3));
		expect((await getSelfStudy(t.db, p, LESSON.id, { now: new Date(morning) })).minutes).toBe(LESSON.durationMinutes);

		const grid = async (termName: string) =>
			(await getClassProgress(t.db, signed(cls.teacher), cls.id, { today: when.today, termName })).grid.rows.find((r) => r.pupilId === cls.pupils[0]!.id)!
				.selfStudyMinutes;
		expect(await grid('autumn')).toBe(9);
		expect(await grid('spring')).toBe(15);
		// The school's view reads the lesson although it was started before spring began.
		await updateTargetMinutes(t.db, signed(other.admin), 15);
		const view = (await getSchoolProgress(t.db, signed(other.admin), { today: when.today, termName: 'spring' })).view;
		expect(view.totals.counts.met).toBe(1);
	});
});
