/**
 * Validating the two ways minutes are recorded (the caller records nothing
 * unless `ok`).
 *
 * Rules owned here:
 * - A delivery: a known lesson; a real date, not in the future, inside the
 *   term; 1–240 whole minutes (240 is a whole school day of teaching, so
 *   anything above is a typing slip); at least one pupil present, all of them
 *   in the class.
 * - A self-completion: every section read and every quiz question answered.
 *   A repeat is accepted (the child sees their work saved) but flagged as not
 *   counting, because minutes count once per pupil per lesson.
 * Messages to staff are plain; messages a pupil may see are kind.
 */
import { isIsoDate } from './dates';
import { describeTerm, describeTermDates, isDateInTerm } from './terms';
import type { Id, IsoDate, Lesson, LessonCompletion, LessonDelivery, Term, ValidationResult } from './types';
import { isText, isWholeNumberIn, result, type Errors } from './validation-common';

export const MIN_DELIVERY_MINUTES = 1;
export const MAX_DELIVERY_MINUTES = 240;

export interface DeliveryInput {
	readonly classId: Id;
	readonly lessonId: string;
	readonly deliveredOn: string;
	readonly minutes: number;
	readonly presentPupilIds: readonly Id[];
}

export interface DeliveryContext {
	readonly term: Term;
	readonly today: IsoDate;
	/** The pupils on the class's roster. */
	readonly classPupilIds: ReadonlySet<Id>;
	/** Catalogue plus the school's lessons (see `buildLessonIndex`). */
	readonly lessons: ReadonlyMap<string, Lesson>;
}

export type DeliveryDraft = Omit<LessonDelivery, 'id'>;

export function validateDeliveryInput(
	input: DeliveryInput,
	context: DeliveryContext
): ValidationResult<DeliveryDraft> {
	const errors: Errors = {};
	if (!isText(input.classId)) errors.classId = 'Choose a class.';
	if (!context.lessons.has(input.lessonId)) errors.lessonId = 'Choose a lesson from the list.';
	if (!isIsoDate(input.deliveredOn)) {
		errors.deliveredOn = 'Enter a real date, for example 3 October 2025.';
	} else if (input.deliveredOn > context.today) {
		errors.deliveredOn = 'The date cannot be in the future.';
	} else if (!isDateInTerm(context.term, input.deliveredOn)) {
		errors.deliveredOn = `The date must be in the ${describeTerm(context.term)} (${describeTermDates(context.term)}).`;
	}
	if (!isWholeNumberIn(input.minutes, MIN_DELIVERY_MINUTES, MAX_DELIVERY_MINUTES)) {
		errors.minutes = `Minutes must be a whole number from ${MIN_DELIVERY_MINUTES} to ${MAX_DELIVERY_MINUTES}.`;
	}
	const present = [...new Set(input.presentPupilIds)];
	const strangers = present.filter((id) => !context.classPupilIds.has(id));
	if (present.length === 0) {
		errors.presentPupilIds = 'Mark at least one pupil as present.';
	} else if (strangers.length > 0) {
		errors.presentPupilIds =
			strangers.length === 1
				? 'One pupil marked present is not in this class.'
				: `${strangers.length} pupils marked present are not in this class.`;
	}
	return result(errors, () => ({
		classId: input.classId,
		lessonId: input.lessonId,
		deliveredOn: input.deliveredOn,
		minutes: input.minutes,
		presentPupilIds: present
	}));
}

// -------------------------------------------------------------- completion

export interface CompletionInput {
	readonly pupilId: Id;
	readonly lessonId: string;
	readonly completedOn: string;
	/** Indexes of the sections the pupil has read. */
	readonly sectionsRead: readonly number[];
	/** One chosen option index per quiz question; null if skipped. */
	readonly quizAnswers: readonly (number | null)[];
}

export interface CompletionContext {
	readonly lessons: ReadonlyMap<string, Lesson>;
	/** This pupil's earlier completions (any term). */
	readonly previousCompletions: readonly LessonCompletion[];
}

export interface CompletionOutcome {
	readonly completion: LessonCompletion;
	/** False for a repeat: it is kept, but adds no minutes. */
	readonly countsTowardsMinutes: boolean;
	readonly correctAnswers: number;
	readonly questionCount: number;
}

export function validateCompletionInput(
	input: CompletionInput,
	context: CompletionContext
): ValidationResult<CompletionOutcome> {
	const lesson = context.lessons.get(input.lessonId);
	if (!lesson) return { ok: false, errors: { lessonId: 'We could not find that lesson.' } };
	const errors: Errors = {};
	if (!isText(input.pupilId)) errors.pupilId = 'We could not tell who finished this lesson.';
	if (!isIsoDate(input.completedOn)) errors.completedOn = 'The date is not a real date.';
	const read = new Set(input.sectionsRead);
	if (!lesson.sections.every((_, index) => read.has(index))) {
		errors.sectionsRead = 'Read every part of the lesson first.';
	}
	const answered = lesson.quiz.every((question, index) => {
		const answer = input.quizAnswers[index];
		return typeof answer === 'number' && Number.isInteger(answer) && answer >= 0 && answer < question.options.length;
	});
	if (!answered) errors.quizAnswers = 'Answer every quiz question to finish.';
	const repeat = context.previousCompletions.some(
		(done) => done.pupilId === input.pupilId && done.lessonId === lesson.id
	);
	return result(errors, () => ({
		completion: {
			pupilId: input.pupilId,
			lessonId: lesson.id,
			completedOn: input.completedOn,
			minutes: lesson.durationMinutes
		},
		countsTowardsMinutes: !repeat,
		correctAnswers: lesson.quiz.filter((q, i) => input.quizAnswers[i] === q.correctIndex).length,
		questionCount: lesson.quiz.length
	}));
}
