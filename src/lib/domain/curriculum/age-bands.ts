/**
 * Age bands for lessons.
 *
 * Rule owned here: a pupil's age band comes from their class's year group,
 * not their birthday, so a whole class is taught from one band.
 * Reception (0) to Year 2 → '5-7' (Key Stage 1 and the Early Years class
 * before it); Years 3–6 → '7-11' (Key Stage 2).
 */
import type { AgeBand } from './types';

export const AGE_BANDS: readonly AgeBand[] = ['5-7', '7-11'];

export const RECEPTION = 0;
export const LAST_PRIMARY_YEAR = 6;

export function isAgeBand(value: unknown): value is AgeBand {
	return value === '5-7' || value === '7-11';
}

export function ageBandForYearGroup(yearGroup: number): AgeBand {
	if (!Number.isInteger(yearGroup) || yearGroup < RECEPTION || yearGroup > LAST_PRIMARY_YEAR) {
		throw new RangeError(`Year group must be a whole number from 0 (Reception) to 6, got ${yearGroup}`);
	}
	return yearGroup <= 2 ? '5-7' : '7-11';
}
