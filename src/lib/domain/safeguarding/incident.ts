/**
 * The e-safety incident record, as schools keep it in their incident log.
 *
 * Rules owned here:
 * - the fields of the log: number, who reported it to whom and when, when it
 *   happened, the pupils and staff involved, what happened, the category, the
 *   actions and sanctions taken, whether and how parents were told, the review
 *   date and its result, and the headteacher's sign-off;
 * - incident numbers count per school per calendar year: `2026-0007`.
 * Validation lives in incident-validation.ts and the life cycle in incident-state.ts;
 * both are re-exported here so callers have one import.
 */
import type { CategoryKey, ResponseAction } from './categories';

export type IncidentStatus = 'open' | 'under-review' | 'signed-off';

export type ParentContactMethod = 'in-person' | 'phone' | 'letter' | 'email' | 'meeting';
export const PARENT_CONTACT_METHODS: readonly ParentContactMethod[] = ['in-person', 'phone', 'letter', 'email', 'meeting'];

export interface ParentsInformed {
	readonly at: Date;
	readonly method: ParentContactMethod;
}

export interface IncidentActionTaken {
	/** One of the graded responses, or `other` with the detail written out. */
	readonly action: ResponseAction | 'other';
	readonly detail: string | null;
	readonly at: Date;
}

export interface IncidentSignOff {
	readonly byId: string;
	readonly at: Date;
}

/** The fields a person fills in; everything else the system sets. */
export interface IncidentFields {
	readonly reportedById: string;
	readonly reportedToId: string;
	readonly occurredAt: Date;
	readonly reportedAt: Date;
	readonly pupilIds: readonly string[];
	readonly staffIds: readonly string[];
	readonly description: string;
	readonly categoryKey: CategoryKey;
	readonly actionsTaken: readonly IncidentActionTaken[];
	readonly parentsInformed: ParentsInformed | null;
	readonly reviewDate: Date | null;
	readonly reviewResult: string | null;
}

export interface Incident extends IncidentFields {
	readonly id: string;
	readonly schoolId: string;
	readonly number: string;
	readonly status: IncidentStatus;
	readonly signOff: IncidentSignOff | null;
	/** Digests of sealed evidence snapshots (see evidence.ts), kept even if the originals go. */
	readonly evidenceDigests: readonly string[];
	/** An allegation about the headteacher (head-allegations.ts); absent means not. */
	readonly aboutHead?: boolean;
}

/** Four digits is room for 9,999 incidents a year, far beyond any primary school. */
const MAX_SEQUENCE = 9999;

export function formatIncidentNumber(year: number, sequence: number): string {
	if (!Number.isInteger(year) || year < 2000 || year > 9999) throw new RangeError(`Invalid incident year: ${year}`);
	if (!Number.isInteger(sequence) || sequence < 1 || sequence > MAX_SEQUENCE) {
		throw new RangeError(`Invalid incident sequence: ${sequence}`);
	}
	return `${year}-${String(sequence).padStart(4, '0')}`;
}

export function parseIncidentNumber(value: string): { year: number; sequence: number } | null {
	const match = /^(\d{4})-(\d{4})$/.exec(value);
	if (match === null) return null;
	const sequence = Number(match[2]);
	return sequence === 0 ? null : { year: Number(match[1]), sequence };
}

/** The next number for a school in `year`, given the numbers it has already issued. */
export function nextIncidentNumber(existing: readonly string[], year: number): string {
	let highest = 0;
	for (const number of existing) {
		const parsed = parseIncidentNumber(number);
		if (parsed !== null && parsed.year === year) highest = Math.max(highest, parsed.sequence);
	}
	return formatIncidentNumber(year, highest + 1);
}

export type { IncidentErrors, IncidentField, IncidentInput, ValidationResult } from './incident-validation';
export { validateIncidentCreate } from './incident-validation';
export type { IncidentAction, IncidentActor, TransitionResult } from './incident-state';
export { addReviewResult, allowedIncidentActions, canRecordIncident, transitionIncident } from './incident-state';
