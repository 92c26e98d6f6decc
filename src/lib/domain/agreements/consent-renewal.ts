/**
 * Consents that renew each school year.
 *
 * Owns: a consent kind the school marks as yearly counts only when it was answered in the
 * current academic year (from 1 September, London time); an answer from last year no longer
 * decides anything, so sharing it guards closes until a parent answers again. Photographs
 * and the publicity consents renew by default: a family's view of how their child's image is
 * used can change from one year to the next, and the policies ask schools to check each year.
 */
import type { ConsentKind, ConsentRecord } from './types';
import { academicYearContaining } from '../calendar';
import { parseLondonLocal } from '../calendar';

export const DEFAULT_YEARLY_CONSENTS: readonly ConsentKind[] = ['photographs', 'school-website', 'press', 'high-profile-use'];

/** The instant the current school year began in London: answers before it have lapsed. */
export function renewalStart(now: Date): Date {
	return parseLondonLocal(academicYearContaining(now).startsOn)!;
}

/** Drops answers to yearly consents given before this school year began. */
export function consentsInForceThisYear(records: readonly ConsentRecord[], yearlyKinds: readonly ConsentKind[], now: Date): ConsentRecord[] {
	const yearly = new Set(yearlyKinds);
	const from = renewalStart(now).getTime();
	return records.filter((r) => !yearly.has(r.kind) || r.recordedAt.getTime() >= from);
}
