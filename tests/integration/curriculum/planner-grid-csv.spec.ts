// The planner, the class grid and its CSV tell the same story: the term's planned lessons
// with each pupil's done / started / not started, and the "I can" statements shown by strand.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../support/database';
import { createTestSchool, type TestSchool } from '../support/factories';
import { getPlanner } from '../../../src/lib/server/curriculum/planner';
import { getClassProgress } from '../../../src/lib/server/curriculum/progress';
import { recordDelivery } from '../../../src/lib/server/curriculum/deliveries';
import { recordLessonStep } from '../../../src/lib/server/curriculum/self-study';
import { classGridToCsv, getStrand, parseCsv, SELF_STUDY_STATUS_LABELS, STRANDS } from '../../../src/lib/domain/curriculum';
import { currentTerm, onDay, signed, studyLesson, type TermToday } from './support';

let t: TestDatabase;
let school: TestSchool;
let when: TermToday;

beforeAll(async () => {
	t = await openTestDatabase();
	school = await createTestSchool(t.db, 4);
	when = await currentTerm(t.db, school.id);
});
afterAll(() => t.close());

describe('planner, grid and CSV', () => {
	it("agree on the planned lessons, each pupil's status, and what they have shown", async () => {
		const a = school.classes[0];
		const [p1, p2, p3, p4] = a.pupils;
		const teacher = signed(a.teacher);
		// The test school's classes are Year 5.
		const planner = await getPlanner(t.db, signed(school.admin));
		const planned = planner.years.find((y) => y.yearGroup === 5)!.terms.find((term) => term.termName === when.term.name)!.lessons;
		expect(planned.length).toBeGreaterThanOrEqual(2);
		const [taught, alone] = planned;

		await recordDelivery(
			t.db,
			teacher,
			{ classId: a.id, lessonId: taught!.id, deliveredOn: when.day, minutes: taught!.durationMinutes, presentPupilIds: [p1!.id, p2!.id] },
			{ today: when.today }
		);
		expect(await studyLesson(t.db, signed(p3!), alone!, { day: when.day, secondsPerStep: 90 })).toMatchObject({ passed: true });
		await recordLessonStep(t.db, signed(p4!), alone!.id, 0, { now: onDay(when.day) });

		const { grid } = await getClassProgress(t.db, teacher, a.id, { today: when.today, termName: when.term.name });
		expect(grid.plannedLessons.map((l) => l.id)).toEqual(planned.map((l) => l.id));
		const status = (pupilId: string, lessonId: string) =>
			grid.rows.find((r) => r.pupilId === pupilId)!.evidence.planned.find((p) => p.lessonId === lessonId)!.status;
		expect([p1, p2, p3, p4].map((p) => status(p!.id, taught!.id))).toEqual(['done', 'done', 'not-started', 'not-started']);
		expect([p1, p2, p3, p4].map((p) => status(p!.id, alone!.id))).toEqual(['not-started', 'not-started', 'done', 'started']);

		const csv = parseCsv(classGridToCsv(grid));
		const header = csv[0]!;
		for (const row of grid.rows) {
			const line = csv.find((cells) => cells[0] === row.displayName)!;
			for (const lesson of planned) {
				const column = header.indexOf(`Planned: ${lesson.title}`);
				expect(column).toBeGreaterThan(0);
				expect(line[column]).toBe(SELF_STUDY_STATUS_LABELS[status(row.pupilId, lesson.id)]);
			}
			for (const strand of STRANDS) {
				const shown = row.evidence.strands.find((s) => s.strand === strand.id)!.shown;
				expect(line[header.indexOf(`Shown in ${strand.name}`)]).toBe(shown.join('; '));
			}
		}
		// Present pupils have shown the taught lesson's "I can" statements in its strand.
		const p1Row = csv.find((cells) => cells[0] === grid.rows.find((r) => r.pupilId === p1!.id)!.displayName)!;
		expect(p1Row[header.indexOf(`Shown in ${getStrand(taught!.strand).name}`)]).toContain(taught!.iCan![0]!);
	});
});
