/**
 * Validating the two ways minutes are recorded (the caller records nothing
 * unless `ok`).
 *
 * Rules owned here:
 * - A delivery: a known lesson; a real date, not in the future, inside the
 *   term; 1–240 whole minutes (240 is a whole school day of teaching, so
 *   anything above is a typing slip); at least one pupil present, all of them
 *   in the class.
 * (Self-study is measured step by step on the server: see self-study.ts.)
 * Messages to staff are plain; messages a pupil may see are kind.
 */
import { isIsoDate } from '../calendar';
import { describeTerm, describeTermDates, isDateInTerm } from './terms';
import type { Id, IsoDate, Lesson, LessonDelivery, Term, ValidationResult } from './types';
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

export function validateDeliveryInput(input: DeliveryInput, context: DeliveryContext): ValidationResult<DeliveryDraft> {
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
			strangers.length === 1 ? 'One pupil marked present is not in this class.' : `${strangers.length} pupils marked present are not in this class.`;
	}
	return result(errors, () => ({
		classId: input.classId,
		lessonId: input.lessonId,
		deliveredOn: input.deliveredOn,
		minutes: input.minutes,
		presentPupilIds: present
	}));
}
