// A school's own lessons (staff add them; nobody else's school sees them) and the admin's
// term dates and minutes target.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestDatabase } from '../support/database';
import type { TestSchool } from '../support/factories';
import { AuthorizationError } from '../../../src/lib/server/auth/authorize';
import { InputError, NotFoundError } from '../../../src/lib/server/errors';
import { createSchoolLesson, getLesson, listLessons } from '../../../src/lib/server/curriculum/school-lessons';
import { getTermSettings, updateTargetMinutes, updateTermDates } from '../../../src/lib/server/curriculum/term-settings';
import { getClassProgress } from '../../../src/lib/server/curriculum/progress';
import { recordDelivery } from '../../../src/lib/server/curriculum/deliveries';
import { schoolLessonFormSchema } from '../../../src/lib/domain/curriculum/inputs';
import type { SchoolLessonInput } from '../../../src/lib/domain/curriculum';
import { curriculumRowCounts, openTwoSchools, signed, studyLesson, type TermToday } from './support';

let t: TestDatabase;
let school: TestSchool;
let other: TestSchool;
let when: TermToday;

beforeAll(async () => {
	({ t, school, other, when } = await openTwoSchools());
});
afterAll(() => t.close());

const section = (n: number) => ({
	heading: `Part ${n}`,
	text: `Something kind and useful, part ${n}.`,
	illustration: { kind: 'emoji' as const, emoji: '🙂', alt: 'A smiling face' }
});
const question = (n: number) => ({
	prompt: `Question ${n}?`,
	options: ['Yes', 'No'],
	correctIndex: 0,
	explanation: 'Asking a grown-up is always a good idea.'
});
const lessonInput = (extra: Partial<SchoolLessonInput> = {}): SchoolLessonInput => ({
	title: 'Our school rules online',
	strand: 'online-relationships',
	ageBand: '9-11',
	durationMinutes: 20,
	objectives: ['I know our school rules for being online.'],
	sections: [section(1), section(2), section(3)],
	quiz: [question(1), question(2), question(3)],
	...extra
});

describe("a school's own lessons", () => {
	it('lets a teacher add one from the form; pupils of the school can do it, other schools cannot see it', async () => {
		const form = schoolLessonFormSchema.parse({
			title: 'Our school rules online',
			strand: 'online-relationships',
			ageBand: '9-11',
			durationMinutes: '20',
			objectives: 'I know our rules.\nI know who to ask.',
			section0Heading: 'One',
			section0Text: 'First part.',
			section0Emoji: '🏫',
			section0Alt: 'A school',
			section1Heading: 'Two',
			section1Text: 'Second part.',
			section1Emoji: '🙋',
			section1Alt: 'A hand up',
			section2Heading: 'Three',
			section2Text: 'Third part.',
			section2Emoji: '✅',
			section2Alt: 'A tick',
			question0Prompt: 'Who do you ask?',
			question0Options: 'A grown-up\nNobody',
			question0Correct: '1',
			question0Explanation: 'A grown-up can help.',
			question1Prompt: 'Is it fine to stop?',
			question1Options: 'Yes\nNo',
			question1Correct: '1',
			question1Explanation: 'Stopping is always fine.',
			question2Prompt: 'Do rules help?',
			question2Options: 'Yes\nNo',
			question2Correct: '1',
			question2Explanation: 'Rules keep us safe.'
		});
		const lesson = await createSchoolLesson(t.db, signed(school.classes[0].teacher), form);
		expect(lesson.slug).toBe('school-9-11-our-school-rules-online');
		expect((await listLessons(t.db, signed(school.classes[0].pupils[0]!))).school.map((l) => l.id)).toEqual([lesson.id]);
		const pupil = school.classes[0].pupils[0]!;
		const done = await studyLesson(t.db, signed(pupil), lesson, { day: when.day, secondsPerStep: 60, answers: [0, 0, 0] });
		expect(done).toMatchObject({ passed: true, correct: 3 });

		await expect(getLesson(t.db, signed(other.classes[0].pupils[0]!), lesson.id)).rejects.toBeInstanceOf(NotFoundError);
		const a = other.classes[0];
		await expect(
			recordDelivery(
				t.db,
				signed(a.teacher),
				{ classId: a.id, lessonId: lesson.id, deliveredOn: when.day, minutes: 20, presentPupilIds: [a.pupils[0]!.id] },
				{ today: when.today }
			)
		).rejects.toMatchObject({ field: 'lessonId' });
	});

	it('refuses pupils and parents, and lessons that break the content rules, writing nothing', async () => {
		const before = await curriculumRowCounts(t.db, school.id);
		await expect(createSchoolLesson(t.db, signed(school.classes[0].pupils[0]!), lessonInput())).rejects.toBeInstanceOf(AuthorizationError);
		await expect(createSchoolLesson(t.db, signed(school.classes[0].parent), lessonInput())).rejects.toBeInstanceOf(AuthorizationError);
		const teacher = signed(school.classes[0].teacher);
		await expect(createSchoolLesson(t.db, teacher, lessonInput({ title: '' }))).rejects.toMatchObject({ field: 'title' });
		await expect(createSchoolLesson(t.db, teacher, lessonInput({ title: 'x'.repeat(81) }))).rejects.toMatchObject({ field: 'title' });
		await expect(createSchoolLesson(t.db, teacher, lessonInput({ durationMinutes: 500 }))).rejects.toMatchObject({ field: 'durationMinutes' });
		await expect(createSchoolLesson(t.db, teacher, lessonInput({ sections: [section(1)] }))).rejects.toMatchObject({ field: 'sections' });
		await expect(createSchoolLesson(t.db, teacher, lessonInput({ strand: 'made-up' }))).rejects.toBeInstanceOf(InputError);
		expect(await curriculumRowCounts(t.db, school.id)).toEqual(before);
	});
});

describe('term dates and the minutes target', () => {
	it('is for the admin only', async () => {
		// Each admin only ever changes their own school: the service takes the school from the actor.
		for (const who of [school.classes[0].teacher, school.dsl, school.classes[0].parent, school.classes[0].pupils[0]!]) {
			await expect(updateTargetMinutes(t.db, signed(who), 90)).rejects.toBeInstanceOf(AuthorizationError);
		}
		await expect(getTermSettings(t.db, signed(school.dsl))).rejects.toBeInstanceOf(AuthorizationError);
	});

	it('refuses a bad target or overlapping dates, changing nothing', async () => {
		const admin = signed(school.admin);
		const before = await getTermSettings(t.db, admin);
		await expect(updateTargetMinutes(t.db, admin, 5)).rejects.toMatchObject({ field: 'targetMinutes' });
		await expect(updateTargetMinutes(t.db, admin, 60.5)).rejects.toBeInstanceOf(InputError);
		const [autumn, spring, summer] = before.terms;
		const overlapping = {
			autumnStartsOn: autumn!.startsOn,
			autumnEndsOn: spring!.startsOn,
			springStartsOn: spring!.startsOn,
			springEndsOn: spring!.endsOn,
			summerStartsOn: summer!.startsOn,
			summerEndsOn: summer!.endsOn
		};
		await expect(updateTermDates(t.db, admin, overlapping)).rejects.toMatchObject({ field: 'terms.spring.startsOn' });
		await expect(updateTermDates(t.db, admin, { ...overlapping, autumnEndsOn: autumn!.endsOn, summerEndsOn: '2099-01-01' })).rejects.toBeInstanceOf(InputError);
		expect(await getTermSettings(t.db, admin)).toEqual(before);
	});

	it('saves new dates and target, and the grid uses them', async () => {
		const admin = signed(school.admin);
		const before = await getTermSettings(t.db, admin);
		const [autumn, spring, summer] = before.terms;
		await updateTermDates(t.db, admin, {
			autumnStartsOn: autumn!.startsOn,
			autumnEndsOn: autumn!.endsOn,
			springStartsOn: spring!.startsOn,
			springEndsOn: spring!.endsOn,
			summerStartsOn: summer!.startsOn,
			summerEndsOn: `${summer!.endsOn.slice(0, 4)}-07-23`
		});
		await updateTargetMinutes(t.db, admin, 90);
		const after = await getTermSettings(t.db, admin);
		expect(after.targetMinutes).toBe(90);
		expect(after.terms[2]!.endsOn).toBe(`${summer!.endsOn.slice(0, 4)}-07-23`);
		const { grid } = await getClassProgress(t.db, admin, school.classes[0].id, { today: when.today });
		expect(grid.targetMinutes).toBe(90);
	});
});
