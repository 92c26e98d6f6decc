/**
 * Lessons given in response: a teacher or safeguarding lead assigns a lesson
 * to a pupil or a whole class, and the screen's blocks suggest one.
 *
 * Rules owned here:
 * - Only a teacher or a safeguarding lead may assign (the auth domain's
 *   `can()` is the gate at the entry point; this check keeps the rule true
 *   for any caller of the domain).
 * - After the screen blocks a personal detail, the suggestion is the privacy
 *   lesson for the pupil's age band: it explains, kindly, why the message was
 *   stopped. It is a suggestion; a member of staff decides to assign it.
 * - An assignment is done for a pupil once they complete the lesson alone, or
 *   attend a delivery of it, on or after the day it was assigned. Earlier
 *   coverage does not count: the point is to revisit it after the event.
 */
import type { Role } from '../auth/roles';
import { isIsoDate } from '../calendar';
import { PRIVACY_5_7_SLUG, PRIVACY_7_11_SLUG, requireLessonBySlug } from './catalogue';
import type { AgeBand, BlockedDetailKind, Id, IsoDate, Lesson, LessonCompletion, LessonDelivery, ValidationResult } from './types';

/** Teachers and the designated safeguarding lead ('dsl' in the auth domain's roles). */
export type AssignerRole = Extract<Role, 'teacher' | 'dsl'>;
export const ASSIGNER_ROLES: readonly AssignerRole[] = ['teacher', 'dsl'];

export type AssignmentTarget = { readonly kind: 'pupil'; readonly pupilId: Id } | { readonly kind: 'class'; readonly classId: Id };

export type AssignmentReason = 'teacher-choice' | 'after-blocked-detail' | 'incident-follow-up';

export interface LessonAssignment {
	readonly id: Id;
	readonly lessonId: string;
	readonly target: AssignmentTarget;
	readonly reason: AssignmentReason;
	readonly assignedBy: Id;
	readonly assignedOn: IsoDate;
	readonly dueBy: IsoDate | null;
}

export type AssignmentDraft = Omit<LessonAssignment, 'id'>;

export interface AssignmentInput {
	readonly lessonId: string;
	readonly target: AssignmentTarget;
	readonly reason: AssignmentReason;
	readonly dueBy: string | null;
}

export interface AssignmentContext {
	readonly actor: { readonly id: Id; readonly role: Role };
	readonly today: IsoDate;
	readonly lessons: ReadonlyMap<string, Lesson>;
	/** Pupils and classes of the actor's school; anything else is not assignable. */
	readonly schoolPupilIds: ReadonlySet<Id>;
	readonly schoolClassIds: ReadonlySet<Id>;
}

const SUGGESTED_AFTER_BLOCK: Readonly<Record<AgeBand, string>> = {
	'5-7': PRIVACY_5_7_SLUG,
	// "Guard your details" is the personal-details lesson for all of Key Stage 2.
	'7-9': PRIVACY_7_11_SLUG,
	'9-11': PRIVACY_7_11_SLUG
};

/**
 * Every blocked kind (phone, address, meeting…) is a personal detail, so all
 * lead to the privacy lesson; `kind` is kept so the mapping can grow.
 */
export function suggestLessonAfterBlock(kind: BlockedDetailKind, ageBand: AgeBand): Lesson {
	void kind;
	return requireLessonBySlug(SUGGESTED_AFTER_BLOCK[ageBand]);
}

export function canAssignLessons(role: Role): role is AssignerRole {
	return (ASSIGNER_ROLES as readonly Role[]).includes(role);
}

export function validateAssignmentInput(input: AssignmentInput, context: AssignmentContext): ValidationResult<AssignmentDraft> {
	if (!canAssignLessons(context.actor.role)) {
		return { ok: false, errors: { actor: 'Only teachers and safeguarding leads can assign lessons.' } };
	}
	const errors: Record<string, string> = {};
	if (!context.lessons.has(input.lessonId)) errors.lessonId = 'Choose a lesson from the list.';
	if (input.target.kind === 'pupil' && !context.schoolPupilIds.has(input.target.pupilId)) {
		errors.target = 'Choose a pupil from your school.';
	}
	if (input.target.kind === 'class' && !context.schoolClassIds.has(input.target.classId)) {
		errors.target = 'Choose a class from your school.';
	}
	if (input.dueBy !== null) {
		if (!isIsoDate(input.dueBy)) errors.dueBy = 'Enter a real date, or leave it empty.';
		else if (input.dueBy < context.today) errors.dueBy = 'The due date cannot be in the past.';
	}
	if (Object.keys(errors).length > 0) return { ok: false, errors };
	return {
		ok: true,
		value: {
			lessonId: input.lessonId,
			target: input.target,
			reason: input.reason,
			assignedBy: context.actor.id,
			assignedOn: context.today,
			dueBy: input.dueBy
		}
	};
}

export interface PupilAssignmentsInput {
	readonly pupil: { readonly id: Id; readonly classId: Id };
	readonly assignments: readonly LessonAssignment[];
	readonly completions: readonly LessonCompletion[];
	readonly deliveries: readonly LessonDelivery[];
}

/** The pupil's assignments (to them or their class) they have not yet done, oldest first. */
export function outstandingAssignmentsForPupil(input: PupilAssignmentsInput): LessonAssignment[] {
	const { pupil } = input;
	// Latest date the pupil covered each lesson: one pass over each record list.
	const lastCovered = new Map<string, IsoDate>();
	const cover = (lessonId: string, on: IsoDate): void => {
		const seen = lastCovered.get(lessonId);
		if (seen === undefined || on > seen) lastCovered.set(lessonId, on);
	};
	// Self-study covers an assignment only once its check is passed.
	for (const c of input.completions) if (c.pupilId === pupil.id && c.passedOn) cover(c.lessonId, c.passedOn);
	for (const d of input.deliveries) if (d.presentPupilIds.includes(pupil.id)) cover(d.lessonId, d.deliveredOn);
	return input.assignments
		.filter((a) => (a.target.kind === 'pupil' ? a.target.pupilId === pupil.id : a.target.classId === pupil.classId))
		.filter((a) => {
			const covered = lastCovered.get(a.lessonId);
			return covered === undefined || covered < a.assignedOn;
		})
		.sort((a, b) => (a.assignedOn < b.assignedOn ? -1 : a.assignedOn > b.assignedOn ? 1 : 0));
}
