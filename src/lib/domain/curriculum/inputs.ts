// Input schemas for the curriculum forms. zod checks shape at the edge (types, lengths,
// dates that look like dates); the domain validators then apply the rules that need
// context (the term, the class roster, the lesson index) and give the final word.
import { z } from 'zod';
import { LESSON_LIMITS } from './validate-lesson';
import type { SchoolLessonInput } from './validate-lesson';

const isoDate = z
	.string()
	.trim()
	.regex(/^\d{4}-\d{2}-\d{2}$/, 'Enter a date, for example 2025-10-03.');
const lessonId = z.string().trim().min(1, 'Choose a lesson from the list.').max(120, 'Choose a lesson from the list.');
const uuid = z.string().uuid('Choose from the list.');
const wholeMinutes = (message: string) => z.coerce.number({ message }).refine((n) => Number.isInteger(n), message);

export const recordDeliverySchema = z.object({
	lessonId,
	deliveredOn: isoDate,
	// The range (1–240) is the domain's rule; here only "a whole number".
	minutes: wholeMinutes('Minutes must be a whole number from 1 to 240.')
});

/** The ticked "present" checkboxes (one value per pupil id). */
export const presentPupilsSchema = z.array(uuid).max(200, 'Too many pupils.');

const optionalAnswer = z
	.string()
	.optional()
	.transform((v) => (v === undefined || v === '' ? null : Number(v)))
	.refine((v) => v === null || (Number.isInteger(v) && v >= 0 && v < 10), 'Choose one answer.');

/** The check: one chosen option per question (a lesson has up to five). */
export const lessonCheckSchema = z.object({
	q0: optionalAnswer,
	q1: optionalAnswer,
	q2: optionalAnswer,
	q3: optionalAnswer,
	q4: optionalAnswer
});

/** "I am now on step N": the server keeps the clock, so only the step is sent. */
export const lessonStepSchema = z.object({
	step: z.coerce
		.number({ message: 'That step is not part of this lesson.' })
		.refine((n) => Number.isInteger(n) && n >= 0 && n < 50, 'That step is not part of this lesson.')
});

export const assignLessonSchema = z.object({
	lessonId,
	// "pupil:<id>" or "class:<id>", from one list of both.
	target: z
		.string()
		.regex(/^(pupil|class):[0-9a-f-]{36}$/i, 'Choose a pupil or a class.')
		.transform((v) => {
			const [kind, id] = v.split(':') as ['pupil' | 'class', string];
			return kind === 'pupil' ? { kind, pupilId: id } : { kind, classId: id };
		}),
	reason: z.enum(['teacher-choice', 'after-blocked-detail', 'incident-follow-up'], { message: 'Choose a reason.' }),
	dueBy: z
		.string()
		.trim()
		.optional()
		.transform((v) => (v ? v : null))
});

export const termDatesSchema = z.object({
	autumnStartsOn: isoDate,
	autumnEndsOn: isoDate,
	springStartsOn: isoDate,
	springEndsOn: isoDate,
	summerStartsOn: isoDate,
	summerEndsOn: isoDate
});

export const targetMinutesSchema = z.object({
	targetMinutes: wholeMinutes('The target must be a whole number of minutes from 15 to 600.')
});

// ------------------------------------------------------------ a school's own lesson

const text = (max: number) =>
	z
		.string()
		.max(max * 2, 'That is far too long.')
		.optional()
		.default('');
const sectionFields = Object.fromEntries(
	Array.from({ length: LESSON_LIMITS.maxSections }, (_, i) => [
		[`section${i}Heading`, text(LESSON_LIMITS.headingLength)],
		[`section${i}Text`, text(LESSON_LIMITS.sectionTextLength)],
		[`section${i}Emoji`, text(16)],
		[`section${i}Alt`, text(LESSON_LIMITS.altLength)]
	]).flat()
);
const questionFields = Object.fromEntries(
	Array.from({ length: LESSON_LIMITS.maxQuestions }, (_, i) => [
		[`question${i}Prompt`, text(LESSON_LIMITS.promptLength)],
		// One answer per line.
		[`question${i}Options`, text(LESSON_LIMITS.optionLength * LESSON_LIMITS.maxOptions)],
		// 1-based, as the form shows it.
		[`question${i}Correct`, text(2)],
		[`question${i}Explanation`, text(LESSON_LIMITS.explanationLength)]
	]).flat()
);

export const schoolLessonFormSchema = z
	.object({
		title: z.string().max(200, 'That is far too long.'),
		strand: z.string().max(60),
		ageBand: z.string().max(10),
		durationMinutes: wholeMinutes('Duration must be a whole number of minutes from 5 to 60.'),
		// One objective per line.
		objectives: text(LESSON_LIMITS.objectiveLength * LESSON_LIMITS.maxObjectives),
		...sectionFields,
		...questionFields
	})
	.transform((form): SchoolLessonInput => lessonFromForm(form as unknown as Record<string, string | number>));

const lines = (value: string): string[] =>
	value
		.split(/\r?\n/)
		.map((line) => line.trim())
		.filter((line) => line !== '');

/** Turns the flat form into the lesson shape; blocks left wholly empty are dropped. */
function lessonFromForm(form: Record<string, string | number>): SchoolLessonInput {
	const f = (key: string): string => String(form[key] ?? '').trim();
	const sections = Array.from({ length: LESSON_LIMITS.maxSections }, (_, i) => ({
		heading: f(`section${i}Heading`),
		text: f(`section${i}Text`),
		illustration: { kind: 'emoji' as const, emoji: f(`section${i}Emoji`), alt: f(`section${i}Alt`) }
	})).filter((s) => s.heading || s.text || s.illustration.emoji || s.illustration.alt);
	const quiz = Array.from({ length: LESSON_LIMITS.maxQuestions }, (_, i) => ({
		prompt: f(`question${i}Prompt`),
		options: lines(f(`question${i}Options`)),
		correctIndex: f(`question${i}Correct`) === '' ? -1 : Number(f(`question${i}Correct`)) - 1,
		explanation: f(`question${i}Explanation`)
	})).filter((q) => q.prompt || q.options.length > 0 || q.explanation);
	return {
		title: f('title'),
		strand: f('strand'),
		ageBand: f('ageBand'),
		durationMinutes: Number(form.durationMinutes),
		objectives: lines(f('objectives')),
		sections,
		quiz
	};
}

/** One term of the planner: the year group, the term, and (unless reset) its lessons. */
export const lessonPlanSchema = z.object({
	yearGroup: z.coerce
		.number({ message: 'Choose a year group from 1 to 6.' })
		.int('Choose a year group from 1 to 6.')
		.min(1, 'Choose a year group from 1 to 6.')
		.max(6, 'Choose a year group from 1 to 6.'),
	termName: z.enum(['autumn', 'spring', 'summer'], { message: 'Choose a term.' }),
	reset: z.literal('yes').optional(),
	// One value per ticked box (read as a list by the form parser).
	lessonIds: z.array(z.string().max(120, 'Choose lessons from the list.')).default([])
});
