// Lessons in response: who may assign, what the pupil then sees, when it is done, and the
// privacy lesson suggested after the screen blocks a personal detail.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { TestDatabase } from '../support/database';
import type { TestSchool } from '../support/factories';
import { AuthorizationError } from '../../../src/lib/server/auth/authorize';
import { InputError, NotFoundError } from '../../../src/lib/server/errors';
import { assignLesson, listAssignTargets, listOutstandingAssignments, suggestLessonForBlockedDetail } from '../../../src/lib/server/curriculum/assignments';
import { auditLog } from '../../../src/lib/server/db/schema';
import { addDays, PRIVACY_7_11_SLUG, requireLessonBySlug, type AssignmentInput } from '../../../src/lib/domain/curriculum';
import { curriculumRowCounts, openTwoSchools, signed, studyLesson, type TermToday } from './support';

const PRIVACY = requireLessonBySlug(PRIVACY_7_11_SLUG);

let t: TestDatabase;
let school: TestSchool;
let other: TestSchool;
let when: TermToday;

beforeAll(async () => {
	({ t, school, other, when } = await openTwoSchools());
});
afterAll(() => t.close());

const toPupil = (pupilId: string, extra: Partial<AssignmentInput> = {}): AssignmentInput => ({
	lessonId: PRIVACY.id,
	target: { kind: 'pupil', pupilId },
	reason: 'after-blocked-detail',
	dueBy: null,
	...extra
});

describe('assigning a lesson', () => {
	it("suggests the privacy lesson for the pupil's age band after a blocked detail", async () => {
		const pupil = school.classes[0].pupils[0]!;
		const lesson = await suggestLessonForBlockedDetail(t.db, pupil.id, 'phone');
		expect(lesson?.id).toBe(PRIVACY_7_11_SLUG);
		expect(await suggestLessonForBlockedDetail(t.db, school.classes[0].teacher.id, 'phone')).toBeNull();
	});

	it('lets the class teacher assign it; the pupil sees it until they redo it', async () => {
		const pupil = school.classes[0].pupils[0]!;
		// The pupil did the lesson before it was assigned: that does not count.
		await studyLesson(t.db, signed(pupil), PRIVACY, { day: addDays(when.today, -1), secondsPerStep: 90 });
		const assigned = await assignLesson(t.db, signed(school.classes[0].teacher), toPupil(pupil.id), { today: when.today });
		expect(assigned).toMatchObject({ lessonId: PRIVACY.id, reason: 'after-blocked-detail', assignedOn: when.today });
		const [audit] = await t.db.select().from(auditLog).where(eq(auditLog.targetId, pupil.id));
		expect(audit).toMatchObject({ action: 'lessons.assigned', actorId: school.classes[0].teacher.id });

		const outstanding = await listOutstandingAssignments(t.db, signed(pupil), pupil.id);
		expect(outstanding.map((a) => a.lessonTitle)).toEqual([PRIVACY.title]);
		// A classmate does not see another pupil's assignment.
		const mate = school.classes[0].pupils[1]!;
		expect(await listOutstandingAssignments(t.db, signed(mate), mate.id)).toEqual([]);

		const again = await studyLesson(t.db, signed(pupil), PRIVACY, { day: when.today, secondsPerStep: 90 });
		expect(again.passedThisTry).toBe(true);
		expect(await listOutstandingAssignments(t.db, signed(pupil), pupil.id)).toEqual([]);
	});

	it('lets the DSL assign to a whole class, which every pupil in it sees', async () => {
		const b = school.classes[1];
		await assignLesson(
			t.db,
			signed(school.dsl),
			{ ...toPupil(''), target: { kind: 'class', classId: b.id }, reason: 'incident-follow-up' },
			{ today: when.today }
		);
		for (const pupil of b.pupils) {
			expect((await listOutstandingAssignments(t.db, signed(pupil), pupil.id)).map((a) => a.lessonId)).toEqual([PRIVACY.id]);
		}
		expect(await listOutstandingAssignments(t.db, signed(school.classes[0].pupils[2]!), school.classes[0].pupils[2]!.id)).toEqual([]);
	});

	it.each([
		['the teacher of another class', () => signed(school.classes[1].teacher)],
		['the admin', () => signed(school.admin)],
		['a parent', () => signed(school.classes[0].parent)],
		['a pupil', () => signed(school.classes[0].pupils[1]!)],
		['the DSL of another school', () => signed(other.dsl)]
	])('is refused for %s, writing nothing', async (_who, actor) => {
		const before = await curriculumRowCounts(t.db, school.id);
		await expect(assignLesson(t.db, actor(), toPupil(school.classes[0].pupils[0]!.id))).rejects.toBeInstanceOf(AuthorizationError);
		expect(await curriculumRowCounts(t.db, school.id)).toEqual(before);
	});

	it('refuses an unknown lesson, a past due date and an unknown pupil, writing nothing', async () => {
		const dsl = signed(school.dsl);
		const pupilId = school.classes[0].pupils[0]!.id;
		const before = await curriculumRowCounts(t.db, school.id);
		await expect(assignLesson(t.db, dsl, toPupil(pupilId, { lessonId: 'nope' }))).rejects.toMatchObject({ field: 'lessonId' });
		await expect(assignLesson(t.db, dsl, toPupil(pupilId, { dueBy: addDays(when.today, -1) }), { today: when.today })).rejects.toBeInstanceOf(InputError);
		await expect(assignLesson(t.db, dsl, toPupil(crypto.randomUUID()))).rejects.toBeInstanceOf(NotFoundError);
		expect(await curriculumRowCounts(t.db, school.id)).toEqual(before);
	});

	it('offers a teacher only their own class and pupils as targets', async () => {
		const targets = await listAssignTargets(t.db, signed(school.classes[0].teacher));
		expect(targets.map((x) => x.value).sort()).toEqual([`class:${school.classes[0].id}`, ...school.classes[0].pupils.map((p) => `pupil:${p.id}`)].sort());
		expect(await listAssignTargets(t.db, signed(school.dsl))).toHaveLength(8);
	});
});
