// Every curriculum rule tried from the wrong side: another class, another family, another
// school, a lower role, and staff who have not signed their agreement. Refused writes
// leave the row counts unchanged.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestDatabase } from '../support/database';
import type { TestSchool } from '../support/factories';
import { AuthorizationError } from '../../../src/lib/server/auth/authorize';
import { NotFoundError } from '../../../src/lib/server/errors';
import { recordDelivery } from '../../../src/lib/server/curriculum/deliveries';
import { recordLessonStep, submitLessonCheck } from '../../../src/lib/server/curriculum/self-study';
import { getClassProgress, getPupilProgress, getSchoolProgress } from '../../../src/lib/server/curriculum/progress';
import { getRecordForm, getPupilLessonsPage } from '../../../src/lib/server/curriculum/pages';
import type { Actor } from '../../../src/lib/domain/auth/permissions';
import { requireLessonBySlug } from '../../../src/lib/domain/curriculum';
import { answersFor, curriculumRowCounts, openTwoSchools, signed, type TermToday } from './support';

const LESSON = requireLessonBySlug('privacy-7-11-guard-your-details');

let t: TestDatabase;
let school: TestSchool;
let other: TestSchool;
let when: TermToday;

beforeAll(async () => {
	({ t, school, other, when } = await openTwoSchools());
});
afterAll(() => t.close());

const unsigned = (actor: Actor): Actor => ({ ...actor, gate: { open: false, missing: ['staff-agreement'] } });

async function refusedWithoutWriting(call: () => Promise<unknown>, kind: typeof AuthorizationError | typeof NotFoundError = AuthorizationError): Promise<void> {
	const before = await curriculumRowCounts(t.db, school.id);
	await expect(call()).rejects.toBeInstanceOf(kind);
	expect(await curriculumRowCounts(t.db, school.id)).toEqual(before);
}

describe('recording a lesson', () => {
	const input = () => {
		const a = school.classes[0];
		return { classId: a.id, lessonId: LESSON.id, deliveredOn: when.day, minutes: 30, presentPupilIds: a.pupils.map((p) => p.id) };
	};
	it.each([
		['the teacher of another class', () => signed(school.classes[1].teacher)],
		['a teacher from another school', () => signed(other.classes[0].teacher)],
		['the DSL', () => signed(school.dsl)],
		['the admin', () => signed(school.admin)],
		['a pupil in the class', () => signed(school.classes[0].pupils[0]!)],
		['a parent', () => signed(school.classes[0].parent)],
		['the class teacher before signing the staff agreement', () => unsigned(signed(school.classes[0].teacher))]
	])('is refused for %s', async (_who, actor) => {
		await refusedWithoutWriting(() => recordDelivery(t.db, actor(), input(), { today: when.today }));
		await expect(getRecordForm(t.db, actor(), school.classes[0].id)).rejects.toBeInstanceOf(AuthorizationError);
	});
});

describe('reading a class grid', () => {
	const classA = () => school.classes[0].id;
	it.each([
		['the teacher of another class', () => signed(school.classes[1].teacher)],
		['an admin from another school', () => signed(other.admin)],
		['a DSL from another school', () => signed(other.dsl)],
		['a pupil in the class', () => signed(school.classes[0].pupils[0]!)],
		['a parent of a pupil in the class', () => signed(school.classes[0].parent)],
		['the class teacher before signing', () => unsigned(signed(school.classes[0].teacher))]
	])('is refused for %s', async (_who, actor) => {
		await expect(getClassProgress(t.db, actor(), classA())).rejects.toBeInstanceOf(AuthorizationError);
	});

	it('is allowed for the class teacher, the DSL and the admin', async () => {
		for (const who of [school.classes[0].teacher, school.dsl, school.admin]) {
			const { grid } = await getClassProgress(t.db, signed(who), classA(), { today: when.today });
			expect(grid.rows).toHaveLength(3);
		}
	});

	it('gives not-found for a class id that does not exist', async () => {
		await expect(getClassProgress(t.db, signed(school.dsl), crypto.randomUUID())).rejects.toBeInstanceOf(NotFoundError);
	});
});

describe('the school view', () => {
	it.each([
		['a teacher', () => signed(school.classes[0].teacher)],
		['a pupil', () => signed(school.classes[0].pupils[0]!)],
		['a parent', () => signed(school.classes[0].parent)],
		['the admin before signing', () => unsigned(signed(school.admin))]
	])('is refused for %s', async (_who, actor) => {
		await expect(getSchoolProgress(t.db, actor())).rejects.toBeInstanceOf(AuthorizationError);
	});

	it("never counts another school's classes", async () => {
		const { view } = await getSchoolProgress(t.db, signed(other.admin), { today: when.today });
		expect(view.classes.map((c) => c.classId).sort()).toEqual(other.classes.map((c) => c.id).sort());
	});
});

describe("a pupil's own progress", () => {
	const p1 = () => school.classes[0].pupils[0]!;
	const p2 = () => school.classes[0].pupils[1]!;
	it.each([
		['a classmate', () => signed(p2())],
		['the parent of another child', () => signed(school.classes[1].parent)],
		['a parent from another school', () => signed(other.classes[0].parent)]
	])('is hidden from %s', async (_who, actor) => {
		await expect(getPupilProgress(t.db, actor(), p1().id)).rejects.toBeInstanceOf(AuthorizationError);
	});

	it("is shown to the pupil and their own parent, not the parent's other-family view", async () => {
		await expect(getPupilProgress(t.db, signed(p1()), p1().id)).resolves.toBeTruthy();
		await expect(getPupilProgress(t.db, signed(school.classes[0].parent), p1().id)).resolves.toBeTruthy();
		await expect(getPupilProgress(t.db, signed(school.classes[0].parent), p2().id)).rejects.toBeInstanceOf(AuthorizationError);
	});
});

describe('completing a lesson alone', () => {
	it('is for pupils only: staff and parents have no pupil record to complete for', async () => {
		for (const who of [school.classes[0].teacher, school.classes[0].parent]) {
			await refusedWithoutWriting(() => recordLessonStep(t.db, signed(who), LESSON.id, 0), NotFoundError);
			await refusedWithoutWriting(() => submitLessonCheck(t.db, signed(who), LESSON.id, answersFor(LESSON.quiz.length)), NotFoundError);
		}
		await expect(getPupilLessonsPage(t.db, signed(school.classes[0].parent))).rejects.toBeInstanceOf(NotFoundError);
	});
});
