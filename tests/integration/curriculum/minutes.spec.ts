// The vertical slice on a real database: a teacher records a delivery with one pupil
// absent, a pupil studies a lesson alone (minutes earned step by step), and the class grid, CSV and pupil views agree.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../support/database';
import { createTestSchool, type TestSchool } from '../support/factories';
import { recordDelivery } from '../../../src/lib/server/curriculum/deliveries';
import { getClassProgress, getPupilProgress, getSchoolProgress } from '../../../src/lib/server/curriculum/progress';
import { classGridToCsv, lessonSteps, parseCsv, requireLessonBySlug } from '../../../src/lib/domain/curriculum';
import { currentTerm, onDay, signed, studyLesson, type TermToday } from './support';

const TAUGHT = requireLessonBySlug('privacy-7-11-guard-your-details');
const ALONE = requireLessonBySlug('privacy-5-7-keep-it-private');

let t: TestDatabase;
let school: TestSchool;
let when: TermToday;
/** Minutes PupilA3 earned on the lesson done alone. */
let alone = 0;

beforeAll(async () => {
	t = await openTestDatabase();
	school = await createTestSchool(t.db, 4);
	when = await currentTerm(t.db, school.id);
});
afterAll(() => t.close());

describe('minutes per pupil per term', () => {
	it('counts a 45-minute delivery for those present and a 15-minute lesson done alone', async () => {
		const [a] = school.classes;
		const [p1, p2, p3, p4] = a.pupils;
		const teacher = signed(a.teacher);
		const first = await recordDelivery(
			t.db,
			teacher,
			{ classId: a.id, lessonId: TAUGHT.id, deliveredOn: when.day, minutes: 45, presentPupilIds: [p1!.id, p2!.id, p3!.id] },
			{ today: when.today }
		);
		expect(first).toMatchObject({ minutes: 45, presentCount: 3, absentCount: 1 });
		await recordDelivery(
			t.db,
			teacher,
			{ classId: a.id, lessonId: 'bullying-7-11-be-an-upstander', deliveredOn: when.day, minutes: 15, presentPupilIds: [p1!.id, p2!.id, p4!.id] },
			{ today: when.today }
		);
		// Two minutes on each step: an honest pace, and no step long enough to be idle.
		const done = await studyLesson(t.db, signed(p3!), ALONE, { day: when.day, secondsPerStep: 120 });
		expect(done).toMatchObject({ passed: true, minutes: Math.min(ALONE.durationMinutes, 2 * lessonSteps(ALONE).length) });
		alone = done.minutes;

		const { grid, chart } = await getClassProgress(t.db, teacher, a.id, { today: when.today, termName: when.term.name });
		const minutes = Object.fromEntries(grid.rows.map((r) => [r.displayName, r.totalMinutes]));
		expect(minutes).toEqual({ PupilA1: 60, PupilA2: 60, PupilA3: 45 + alone, PupilA4: 15 });
		const met = grid.rows.filter((r) => r.status === 'met').map((r) => r.displayName);
		expect(met).toEqual(['PupilA1', 'PupilA2', 'PupilA3']);
		const p4Row = grid.rows.find((r) => r.pupilId === p4!.id)!;
		expect(p4Row.missedLessons.map((m) => m.lessonId)).toEqual([TAUGHT.id]);
		expect(chart.bars.map((b) => b.totalMinutes)).toEqual([60, 60, 45 + alone, 15]);

		const csv = parseCsv(classGridToCsv(grid));
		expect(csv.slice(1).map((row) => [row[0], row[1], row[4]])).toEqual(
			grid.rows.map((r) => [r.displayName, String(r.totalMinutes), r.status === 'met' ? 'Met' : expect.any(String)])
		);
	});

	it('counts a lesson done again in the same year once, up to its length', async () => {
		const p3 = school.classes[0].pupils[2]!;
		const again = await studyLesson(t.db, signed(p3), ALONE, { day: when.day, secondsPerStep: 120, start: new Date(onDay(when.day).getTime() + 3_600_000) });
		expect(again.passed).toBe(true);
		expect(again.minutes).toBeLessThanOrEqual(ALONE.durationMinutes);
		const mine = await getPupilProgress(t.db, signed(p3), p3.id, { today: when.today, termName: when.term.name });
		expect(mine.progress).toMatchObject({ minutes: 45 + again.minutes, hasEarnedBadge: 45 + again.minutes >= 60 });
	});

	it("lets a parent see their own child's minutes", async () => {
		const a = school.classes[0];
		const view = await getPupilProgress(t.db, signed(a.parent), a.pupils[0]!.id, { today: when.today, termName: when.term.name });
		expect(view.progress.minutes).toBe(60);
	});

	it("gives the DSL and admin every class's share on track", async () => {
		for (const who of [school.dsl, school.admin]) {
			const { view } = await getSchoolProgress(t.db, signed(who), { today: when.today, termName: when.term.name });
			const a = view.classes.find((c) => c.classId === school.classes[0].id)!;
			expect(a.pupilCount).toBe(4);
			expect(a.counts.met).toBe(3);
			expect(view.totals.pupilCount).toBe(8);
		}
	});
});
