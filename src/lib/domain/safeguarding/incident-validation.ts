/**
 * Validation of incident log input when a record is made (later steps, such as an action
 * taken, are checked against the whole record with the same rules).
 *
 * Rules owned here:
 * - who reported, to whom, when it happened, when it was reported, who was involved,
 *   what happened and the category are required;
 * - nothing is dated in the future, a report is not made before the incident, and
 *   a review date is not before the day of the incident;
 * - the category must fit the people involved: pupil categories need a pupil,
 *   staff categories need a member of staff; telling parents needs a pupil.
 * Errors are keyed by field and written for the member of staff filling in the form.
 */
import { RESPONSE_ACTION_LABELS, isCategoryKey } from './categories';
import { PARENT_CONTACT_METHODS, type IncidentActionTaken, type IncidentFields, type ParentsInformed } from './incident';

export type IncidentInput = { readonly [K in keyof IncidentFields]?: unknown };
export type IncidentField = keyof IncidentFields;
export type IncidentErrors = Partial<Record<IncidentField, string>>;
export type ValidationResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly errors: IncidentErrors };

// Enough for a clear account; anything longer belongs in attached evidence.
const DESCRIPTION_MIN = 10;
const DESCRIPTION_MAX = 5000;
const REVIEW_RESULT_MAX = 5000;
const ACTION_DETAIL_MAX = 500;
// A class and its staff; more than this is a whole-school matter, not a list of names.
const MAX_PEOPLE = 60;
const DAY_MS = 86_400_000;

const isDate = (value: unknown): value is Date => value instanceof Date && !Number.isNaN(value.getTime());
const isId = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';
const startOfUtcDay = (date: Date): number => Math.floor(date.getTime() / DAY_MS) * DAY_MS;

function checkId(value: unknown, label: string): string | null {
	return isId(value) ? null : `Choose ${label}.`;
}

function checkPastDate(value: unknown, now: Date, label: string): string | null {
	if (!isDate(value)) return `Enter ${label}.`;
	return value.getTime() > now.getTime() ? `${label[0]?.toUpperCase()}${label.slice(1)} cannot be in the future.` : null;
}

function checkPeople(value: unknown, label: string): string | null {
	if (!Array.isArray(value)) return `The ${label} involved must be a list.`;
	if (!value.every(isId)) return `Every ${label.replace(/s$/, '')} involved must be chosen from the list.`;
	if (new Set(value).size !== value.length) return `A ${label.replace(/s$/, '')} is listed twice.`;
	return value.length > MAX_PEOPLE ? `List at most ${MAX_PEOPLE} ${label}.` : null;
}

function checkText(value: unknown, min: number, max: number, label: string): string | null {
	if (typeof value !== 'string' || value.trim().length < min) {
		return min <= 1 ? `Enter ${label}.` : `Write at least ${min} characters for ${label}.`;
	}
	return value.trim().length > max ? `Keep ${label} to ${max} characters or fewer.` : null;
}

function checkActionTaken(entry: unknown, occurredAt: Date | null, now: Date): string | null {
	if (typeof entry !== 'object' || entry === null) return 'Each action needs a type and a date.';
	const { action, detail, at } = entry as Partial<IncidentActionTaken>;
	if (action !== 'other' && !(typeof action === 'string' && action in RESPONSE_ACTION_LABELS)) {
		return 'Choose each action from the list, or “other”.';
	}
	if (detail !== null && detail !== undefined && typeof detail !== 'string') return 'Action details must be text.';
	if (action === 'other' && (detail ?? '').trim() === '') return 'Describe any action marked “other”.';
	if ((detail ?? '').trim().length > ACTION_DETAIL_MAX) return `Keep action details to ${ACTION_DETAIL_MAX} characters.`;
	if (!isDate(at) || at.getTime() > now.getTime()) return 'Give each action a date that is not in the future.';
	if (occurredAt !== null && at.getTime() < occurredAt.getTime()) return 'An action cannot be dated before the incident.';
	return null;
}

function checkActionsTaken(value: unknown, occurredAt: Date | null, now: Date): string | null {
	if (!Array.isArray(value)) return 'Actions must be a list.';
	for (const entry of value) {
		const problem = checkActionTaken(entry, occurredAt, now);
		if (problem !== null) return problem;
	}
	return null;
}

function checkParentsInformed(value: unknown, input: IncidentInput, now: Date): string | null {
	if (value === null || value === undefined) return null;
	const { at, method } = value as Partial<ParentsInformed>;
	if (!PARENT_CONTACT_METHODS.includes(method as never)) return 'Choose how the parents were told.';
	if (!isDate(at) || at.getTime() > now.getTime()) return 'Give the date parents were told; it cannot be in the future.';
	if (isDate(input.occurredAt) && at.getTime() < input.occurredAt.getTime()) {
		return 'Parents cannot have been told before the incident happened.';
	}
	const pupils = Array.isArray(input.pupilIds) ? input.pupilIds : [];
	return pupils.length === 0 ? 'Parents are only told about incidents involving a pupil.' : null;
}

function checkReview(input: IncidentInput): Pick<IncidentErrors, 'reviewDate' | 'reviewResult'> {
	const errors: Pick<IncidentErrors, 'reviewDate' | 'reviewResult'> = {};
	const { reviewDate, reviewResult, occurredAt } = input;
	if (reviewDate !== null && reviewDate !== undefined) {
		if (!isDate(reviewDate)) errors.reviewDate = 'Enter a valid review date.';
		// Compared by day: a review set for the same day as the incident is fine.
		else if (isDate(occurredAt) && reviewDate.getTime() < startOfUtcDay(occurredAt)) {
			errors.reviewDate = 'The review date cannot be before the incident.';
		}
	}
	if (reviewResult !== null && reviewResult !== undefined) {
		const problem = checkText(reviewResult, 1, REVIEW_RESULT_MAX, 'the result of the review');
		if (problem !== null) errors.reviewResult = problem;
		else if (reviewDate === null || reviewDate === undefined) errors.reviewResult = 'Set a review date before recording its result.';
	}
	return errors;
}

function checkCategory(input: IncidentInput): string | null {
	const { categoryKey, pupilIds, staffIds } = input;
	if (!isCategoryKey(categoryKey)) return 'Choose a category from the list.';
	const pupils = Array.isArray(pupilIds) ? pupilIds.length : 0;
	const staff = Array.isArray(staffIds) ? staffIds.length : 0;
	if (categoryKey.startsWith('pupil-') && pupils === 0) return 'A pupil category needs at least one pupil involved.';
	if (categoryKey.startsWith('staff-') && staff === 0) return 'A staff category needs at least one member of staff involved.';
	return null;
}

function collectErrors(input: IncidentInput, now: Date): IncidentErrors {
	const occurredAt = isDate(input.occurredAt) ? input.occurredAt : null;
	const found: Record<IncidentField, string | null> = {
		reportedById: checkId(input.reportedById, 'who reported it'),
		reportedToId: checkId(input.reportedToId, 'who it was reported to'),
		occurredAt: checkPastDate(input.occurredAt, now, 'when it happened'),
		reportedAt: checkPastDate(input.reportedAt, now, 'when it was reported'),
		pupilIds: checkPeople(input.pupilIds ?? [], 'pupils'),
		staffIds: checkPeople(input.staffIds ?? [], 'staff'),
		description: checkText(input.description, DESCRIPTION_MIN, DESCRIPTION_MAX, 'what happened'),
		categoryKey: checkCategory(input),
		actionsTaken: checkActionsTaken(input.actionsTaken ?? [], occurredAt, now),
		parentsInformed: checkParentsInformed(input.parentsInformed, input, now),
		reviewDate: null,
		reviewResult: null
	};
	if (found.reportedAt === null && occurredAt !== null && (input.reportedAt as Date).getTime() < occurredAt.getTime()) {
		found.reportedAt = 'It cannot have been reported before it happened.';
	}
	const people = ((input.pupilIds ?? []) as unknown[]).length + ((input.staffIds ?? []) as unknown[]).length;
	if (found.pupilIds === null && found.staffIds === null && people === 0) {
		found.pupilIds = 'Name at least one pupil or member of staff involved.';
	}
	const errors: IncidentErrors = { ...checkReview(input) };
	for (const [field, message] of Object.entries(found) as [IncidentField, string | null][]) {
		if (message !== null) errors[field] = message;
	}
	return errors;
}

function normalise(input: IncidentInput): IncidentFields {
	const trimOrNull = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);
	return {
		reportedById: (input.reportedById as string).trim(),
		reportedToId: (input.reportedToId as string).trim(),
		occurredAt: input.occurredAt as Date,
		reportedAt: input.reportedAt as Date,
		pupilIds: [...((input.pupilIds ?? []) as string[])],
		staffIds: [...((input.staffIds ?? []) as string[])],
		description: (input.description as string).trim(),
		categoryKey: input.categoryKey as IncidentFields['categoryKey'],
		actionsTaken: ((input.actionsTaken ?? []) as IncidentActionTaken[]).map((a) => ({ ...a, detail: trimOrNull(a.detail) })),
		parentsInformed: (input.parentsInformed ?? null) as ParentsInformed | null,
		reviewDate: (input.reviewDate ?? null) as Date | null,
		reviewResult: trimOrNull(input.reviewResult)
	};
}

export function validateIncidentCreate(input: IncidentInput, now: Date): ValidationResult<IncidentFields> {
	const errors = collectErrors(input, now);
	return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, value: normalise(input) };
}
