/**
 * Validating a school's term dates and its minutes target.
 *
 * Rules owned here: term dates are autumn, spring, summer in order, inside
 * 1 September–31 August, not overlapping. The per-school target is 15–600
 * whole minutes (a quarter of an hour is the least that means anything; ten
 * hours is more than any school has asked for).
 */
import { academicYearBounds, formatUkDate, isIsoDate } from '../calendar';
import { TERM_NAMES } from './terms';
import type { AcademicYear, IsoDate, Term, ValidationResult } from './types';
import { isWholeNumberIn, result, type Errors } from './validation-common';

export const MIN_TARGET_MINUTES = 15;
export const MAX_TARGET_MINUTES = 600;

export interface TermDatesInput {
	readonly academicYearStart: number;
	readonly terms: readonly { readonly name: string; readonly startsOn: string; readonly endsOn: string }[];
}

export function validateTermDates(input: TermDatesInput): ValidationResult<AcademicYear> {
	const errors: Errors = {};
	if (!isWholeNumberIn(input.academicYearStart, 2000, 2100)) {
		return { ok: false, errors: { academicYearStart: 'Choose an academic year.' } };
	}
	const bounds = academicYearBounds(input.academicYearStart);
	const byName = new Map(input.terms.map((term) => [term.name, term]));
	let previousEnd: IsoDate | undefined;
	for (const name of TERM_NAMES) {
		const term = byName.get(name);
		const at = `terms.${name}`;
		if (!term) {
			errors[at] = `Enter dates for the ${name} term.`;
			continue;
		}
		const validStart = isIsoDate(term.startsOn);
		const validEnd = isIsoDate(term.endsOn);
		if (!validStart) errors[`${at}.startsOn`] = 'Enter a real start date.';
		if (!validEnd) errors[`${at}.endsOn`] = 'Enter a real end date.';
		if (!validStart || !validEnd) continue;
		if (term.startsOn >= term.endsOn) errors[`${at}.endsOn`] = 'The term must end after its first day.';
		else if (term.startsOn < bounds.startsOn || term.endsOn > bounds.endsOn) {
			errors[at] = `The term must fall between ${formatUkDate(bounds.startsOn)} and ${formatUkDate(bounds.endsOn)}.`;
		} else if (previousEnd !== undefined && term.startsOn <= previousEnd) {
			errors[`${at}.startsOn`] = `The ${name} term must start after the term before it ends.`;
		}
		previousEnd = term.endsOn;
	}
	if (input.terms.length !== TERM_NAMES.length && Object.keys(errors).length === 0) {
		errors.terms = 'Enter exactly three terms: autumn, spring and summer.';
	}
	return result(errors, () => {
		const [autumn, spring, summer] = TERM_NAMES.map((name): Term => {
			const term = byName.get(name) as TermDatesInput['terms'][number];
			return { name, academicYearStart: input.academicYearStart, startsOn: term.startsOn, endsOn: term.endsOn };
		}) as [Term, Term, Term];
		return { startYear: input.academicYearStart, ...bounds, terms: [autumn, spring, summer] };
	});
}

export function validateTargetMinutes(value: number): ValidationResult<number> {
	return isWholeNumberIn(value, MIN_TARGET_MINUTES, MAX_TARGET_MINUTES)
		? { ok: true, value }
		: {
				ok: false,
				errors: { targetMinutes: `The target must be a whole number of minutes from ${MIN_TARGET_MINUTES} to ${MAX_TARGET_MINUTES}.` }
			};
}
