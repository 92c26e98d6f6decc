/**
 * Age bands for lessons.
 *
 * Rules owned here:
 * - A pupil's age band comes from their class's year group, not their
 *   birthday, so a whole class is taught from one band: Reception (0) to
 *   Year 2 → '5-7'; Years 3–4 → '7-9'; Years 5–6 → '9-11'.
 * - '7-11' is the Key Stage 2 band from before the split into two. A school's
 *   own lesson written for it is offered to both Key Stage 2 bands, and the
 *   records that name it keep counting as they did.
 */
import type { AgeBand, LessonBand } from './types';

export const AGE_BANDS: readonly AgeBand[] = ['5-7', '7-9', '9-11'];

export const AGE_BAND_LABELS: Readonly<Record<LessonBand, string>> = {
	'5-7': 'Years 1–2',
	'7-9': 'Years 3–4',
	'9-11': 'Years 5–6',
	'7-11': 'Years 3–6'
};

export const RECEPTION = 0;
export const LAST_PRIMARY_YEAR = 6;

export function isAgeBand(value: unknown): value is AgeBand {
	return value === '5-7' || value === '7-9' || value === '9-11';
}

export function ageBandForYearGroup(yearGroup: number): AgeBand {
	if (!Number.isInteger(yearGroup) || yearGroup < RECEPTION || yearGroup > LAST_PRIMARY_YEAR) {
		throw new RangeError(`Year group must be a whole number from 0 (Reception) to 6, got ${yearGroup}`);
	}
	return yearGroup <= 2 ? '5-7' : yearGroup <= 4 ? '7-9' : '9-11';
}

/** Whether a lesson written for `lessonBand` suits a class in `classBand`. */
export function lessonSuitsBand(lessonBand: LessonBand, classBand: AgeBand): boolean {
	return lessonBand === classBand || (lessonBand === '7-11' && classBand !== '5-7');
}
