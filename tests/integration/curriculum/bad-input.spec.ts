// Bad input records nothing: minutes out of range, dates outside the term or in the
// future, a pupil not in the class, an unknown lesson, an unfinished lesson. Each case
// checks the row counts (and the audit log) are exactly as before.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestDatabase } from '../support/database';
import type { TestSchool } from '../support/factories';
import { recordDelivery } from '../../../src/lib/server/curriculum/deliveries';
import { recordLessonStep, submitLessonCheck } from '../../../src/lib/server/curriculum/self-study';
import { InputError, NotFoundError } from '../../../src/lib/server/errors';
import { addDays, lessonSteps, requireLessonBySlug } from '../../../src/lib/domain/curriculum';
import { curriculumRowCounts, openTwoSchools, signed, type TermToday } from './support';

const LESSON = requireLessonBySlug('privacy-7-11-guard-your-details');

let t: TestDatabase;
let school: TestSchool;
let other: TestSchool;
let when: TermToday;

beforeAll(async () => {
	({ t, school, other, when } = await openTwoSchools());
});
afterAll(() => t.close());

/** Runs the call, expects an InputError on `field`, and proves nothing was written. */
async function rejectsWithoutWriting(call: () => Promise<unknown>, field: string, message: RegExp): Promise<void> {
	const before = await curriculumRowCounts(t.db, school.id);
	const error = await call().then(
		() => null,
		(e: unknown) => e
	);
	expect(error).toBeInstanceOf(InputError);
	expect((error as InputError).field).toBe(field);
	expect((error as InputError).message).toMatch(message);
	expect(await curriculumRowCounts(t.db, school.id)).toEqual(before);
}

describe('recording a delivery with bad input', () => {
	const base = () => {
		const a = school.classes[0];
		return { classId: a.id, lessonId: LESSON.id, deliveredOn: when.day, minutes: 30, presentPupilIds: a.pupils.map((p) => p.id) };
	};
	const record = (input: ReturnType<typeof base>) => recordDelivery(t.db, signed(school.classes[0].teacher), input, { today: when.today });

	it.each([0, 241, 12.5, -5, Number.NaN])('refuses %s minutes', async (minutes) => {
		await rejectsWithoutWriting(() => record({ ...base(), minutes }), 'minutes', /whole number from 1 to 240/);
	});

	it('refuses a date before the term', async () => {
		const before = addDays(when.term.startsOn, -1);
		// The day before the term is in the holiday before it (or the summer before the year).
		await rejectsWithoutWriting(() => record({ ...base(), deliveredOn: before }), 'deliveredOn', /must be in the|cannot be in the future/);
	});

	it('refuses a date in the future', async () => {
		await rejectsWithoutWriting(() => record({ ...base(), deliveredOn: addDays(when.today, 1) }), 'deliveredOn', /cannot be in the future/);
	});

	it('refuses a date that is not a real day', async () => {
		await rejectsWithoutWriting(() => record({ ...base(), deliveredOn: '2026-02-30' }), 'deliveredOn', /real date/);
	});

	it('refuses a pupil from another class, and from another school', async () => {
		const stranger = school.classes[1].pupils[0]!.id;
		await rejectsWithoutWriting(() => record({ ...base(), presentPupilIds: [...base().presentPupilIds, stranger] }), 'presentPupilIds', /not in this class/);
		const foreign = other.classes[0].pupils[0]!.id;
		await rejectsWithoutWriting(() => record({ ...base(), presentPupilIds: [foreign] }), 'presentPupilIds', /not in this class/);
	});

	it('refuses nobody present, and an unknown lesson', async () => {
		await rejectsWithoutWriting(() => record({ ...base(), presentPupilIds: [] }), 'presentPupilIds', /at least one pupil/);
		await rejectsWithoutWriting(() => record({ ...base(), lessonId: 'no-such-lesson' }), 'lessonId', /Choose a lesson/);
	});

	it('gives a not-found error for an unknown or malformed class id', async () => {
		const teacher = signed(school.classes[0].teacher);
		await expect(recordDelivery(t.db, teacher, { ...base(), classId: 'not-a-uuid' })).rejects.toBeInstanceOf(NotFoundError);
		await expect(recordDelivery(t.db, teacher, { ...base(), classId: crypto.randomUUID() })).rejects.toBeInstanceOf(NotFoundError);
	});
});

describe('studying a lesson with bad input', () => {
	const pupil = () => signed(school.classes[0].pupils[0]!);

	it('refuses a step that is not part of the lesson, writing nothing', async () => {
		for (const step of [-1, lessonSteps(LESSON).length, 2.5]) {
			await rejectsWithoutWriting(() => recordLessonStep(t.db, pupil(), LESSON.id, step), 'step', /not part of this lesson/);
		}
	});

	it('refuses an unknown lesson, writing nothing', async () => {
		const before = await curriculumRowCounts(t.db, school.id);
		await expect(recordLessonStep(t.db, pupil(), 'made-up', 0)).rejects.toBeInstanceOf(NotFoundError);
		await expect(submitLessonCheck(t.db, pupil(), 'made-up', [0])).rejects.toBeInstanceOf(NotFoundError);
		expect(await curriculumRowCounts(t.db, school.id)).toEqual(before);
	});
});
