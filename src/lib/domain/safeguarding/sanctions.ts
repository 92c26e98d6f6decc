/**
 * Sanctions the DSL can set for a pupil after an incident.
 *
 * Rules owned here:
 * - pausing a pupil's messaging (chat and class email) until a set date, which must
 *   be in the future and no more than 90 days away: a pause is a short consequence,
 *   and anything longer is a decision for the head and the parents, not a setting;
 * - assigning an e-safety lesson, optionally by a due date in the future;
 * - notifying parents, recording how (the incident log asks when and how);
 * - a pause counts from when it was set until its end, unless lifted early.
 */
import { PARENT_CONTACT_METHODS, type ParentContactMethod } from './incident';

export const MAX_PAUSE_DAYS = 90;
const DAY_MS = 86_400_000;
const REASON_MAX = 500;

interface SanctionBase {
	readonly id: string;
	readonly pupilId: string;
	readonly incidentId: string | null;
	readonly setById: string;
	readonly setAt: Date;
	readonly reason: string;
}

export interface PauseMessagingSanction extends SanctionBase {
	readonly kind: 'pause-messaging';
	readonly until: Date;
	readonly liftedAt: Date | null;
}

export interface AssignLessonSanction extends SanctionBase {
	readonly kind: 'assign-lesson';
	readonly lessonId: string;
	readonly dueBy: Date | null;
}

export interface NotifyParentsSanction extends SanctionBase {
	readonly kind: 'notify-parents';
	readonly method: ParentContactMethod;
}

export type Sanction = PauseMessagingSanction | AssignLessonSanction | NotifyParentsSanction;

export type SanctionResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly errors: Partial<Record<string, string>> };

const isDate = (v: unknown): v is Date => v instanceof Date && !Number.isNaN(v.getTime());

function checkReason(reason: unknown): string | null {
	if (typeof reason !== 'string' || reason.trim() === '') return 'Say briefly why.';
	return reason.trim().length > REASON_MAX ? `Keep the reason to ${REASON_MAX} characters or fewer.` : null;
}

function result<T>(errors: Record<string, string | null>, value: () => T): SanctionResult<T> {
	const found = Object.fromEntries(Object.entries(errors).filter(([, v]) => v !== null)) as Record<string, string>;
	return Object.keys(found).length > 0 ? { ok: false, errors: found } : { ok: true, value: value() };
}

export function validatePauseMessaging(
	input: { until: unknown; reason: unknown },
	now: Date,
	maxDays: number = MAX_PAUSE_DAYS
): SanctionResult<{ until: Date; reason: string }> {
	let until: string | null = null;
	if (!isDate(input.until)) until = 'Choose the date messaging starts again.';
	else if (input.until.getTime() <= now.getTime()) until = 'The end of the pause must be in the future.';
	else if (input.until.getTime() - now.getTime() > maxDays * DAY_MS) until = `A pause can last at most ${maxDays} days.`;
	return result({ until, reason: checkReason(input.reason) }, () => ({
		until: input.until as Date,
		reason: (input.reason as string).trim()
	}));
}

export function validateAssignLesson(
	input: { lessonId: unknown; dueBy: unknown; reason: unknown },
	now: Date
): SanctionResult<{ lessonId: string; dueBy: Date | null; reason: string }> {
	const lessonId = typeof input.lessonId === 'string' && input.lessonId.trim() !== '' ? null : 'Choose a lesson.';
	const hasDue = input.dueBy !== null && input.dueBy !== undefined;
	const dueBy = !hasDue || (isDate(input.dueBy) && input.dueBy.getTime() > now.getTime()) ? null : 'The due date must be in the future.';
	return result({ lessonId, dueBy, reason: checkReason(input.reason) }, () => ({
		lessonId: (input.lessonId as string).trim(),
		dueBy: hasDue ? (input.dueBy as Date) : null,
		reason: (input.reason as string).trim()
	}));
}

export function validateNotifyParents(input: { method: unknown; reason: unknown }): SanctionResult<{ method: ParentContactMethod; reason: string }> {
	const method = PARENT_CONTACT_METHODS.includes(input.method as ParentContactMethod) ? null : 'Choose how parents will be told.';
	return result({ method, reason: checkReason(input.reason) }, () => ({
		method: input.method as ParentContactMethod,
		reason: (input.reason as string).trim()
	}));
}
