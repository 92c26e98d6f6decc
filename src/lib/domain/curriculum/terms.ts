/**
 * Academic years and terms.
 *
 * Rules owned here:
 * - An academic year runs 1 September to 31 August; 2025 names 2025–26.
 * - Three terms: autumn, spring, summer. Each school sets its own dates;
 *   `defaultAcademicYear` proposes English defaults for the admin to edit:
 *   autumn from the first weekday of September to the last weekday on or
 *   before 20 December; spring from the first weekday on or after 3 January
 *   (1 January is a bank holiday and many schools also take the 2nd) to the
 *   Thursday before Good Friday; summer from the Monday a week after Easter
 *   Monday to the last weekday on or before 20 July. Half-terms sit inside a
 *   term, so they are not modelled.
 * - Term dates are inclusive at both ends.
 * - Term progress is the share of the term's days already gone, not counting
 *   today, so nobody is "behind" on the first morning of term.
 */
import { academicYearBounds, addDays, formatUkDate, isoDate, isWeekday, toDayNumber } from '../calendar';
import type { AcademicYear, IsoDate, Term, TermName } from './types';

export const TERM_NAMES: readonly TermName[] = ['autumn', 'spring', 'summer'];

const TERM_LABELS: Readonly<Record<TermName, string>> = {
	autumn: 'Autumn',
	spring: 'Spring',
	summer: 'Summer'
};

/** Easter Sunday (Gregorian), by the anonymous "Meeus/Jones/Butcher" algorithm. */
export function easterSunday(year: number): IsoDate {
	const a = year % 19;
	const b = Math.floor(year / 100);
	const c = year % 100;
	const d = Math.floor(b / 4);
	const e = b % 4;
	const f = Math.floor((b + 8) / 25);
	const g = Math.floor((b - f + 1) / 3);
	const h = (19 * a + b - d - g + 15) % 30;
	const i = Math.floor(c / 4);
	const k = c % 4;
	const l = (32 + 2 * e + 2 * i - h - k) % 7;
	const m = Math.floor((a + 11 * h + 22 * l) / 451);
	const month = Math.floor((h + l - 7 * m + 114) / 31);
	const day = ((h + l - 7 * m + 114) % 31) + 1;
	return isoDate(year, month, day);
}

function firstWeekdayOnOrAfter(date: IsoDate): IsoDate {
	let day = date;
	while (!isWeekday(day)) day = addDays(day, 1);
	return day;
}

function lastWeekdayOnOrBefore(date: IsoDate): IsoDate {
	let day = date;
	while (!isWeekday(day)) day = addDays(day, -1);
	return day;
}

export function defaultAcademicYear(startYear: number): AcademicYear {
	const nextYear = startYear + 1;
	const easter = easterSunday(nextYear);
	const term = (name: TermName, startsOn: IsoDate, endsOn: IsoDate): Term => ({
		name,
		academicYearStart: startYear,
		startsOn,
		endsOn
	});
	return {
		startYear,
		...academicYearBounds(startYear),
		terms: [
			term('autumn', firstWeekdayOnOrAfter(isoDate(startYear, 9, 1)), lastWeekdayOnOrBefore(isoDate(startYear, 12, 20))),
			term(
				'spring',
				firstWeekdayOnOrAfter(isoDate(nextYear, 1, 3)),
				// Maundy Thursday: Good Friday is a bank holiday.
				addDays(easter, -3)
			),
			term(
				'summer',
				// Easter Monday is a bank holiday; the holiday is about two weeks.
				addDays(easter, 8),
				lastWeekdayOnOrBefore(isoDate(nextYear, 7, 20))
			)
		]
	};
}

export function isDateInTerm(term: Term, date: IsoDate): boolean {
	return date >= term.startsOn && date <= term.endsOn;
}

export function findTermContaining(terms: readonly Term[], date: IsoDate): Term | undefined {
	return terms.find((term) => isDateInTerm(term, date));
}

export function termLengthInDays(term: Term): number {
	return toDayNumber(term.endsOn) - toDayNumber(term.startsOn) + 1;
}

/** 0 before and on the first day, 1 after the last day; between, days gone ÷ days in term. */
export function termProgressFraction(term: Term, today: IsoDate): number {
	if (today <= term.startsOn) return 0;
	if (today > term.endsOn) return 1;
	return (toDayNumber(today) - toDayNumber(term.startsOn)) / termLengthInDays(term);
}

/** "Autumn term 2025–26". */
export function describeTerm(term: Term): string {
	const end = String((term.academicYearStart + 1) % 100).padStart(2, '0');
	return `${TERM_LABELS[term.name]} term ${term.academicYearStart}–${end}`;
}

/** "1 September 2025 to 19 December 2025", for error messages and headings. */
export function describeTermDates(term: Term): string {
	return `${formatUkDate(term.startsOn)} to ${formatUkDate(term.endsOn)}`;
}

/**
 * The term a page should open on: the one containing today; in a holiday, the
 * term that most recently started (its record is still being finished); before
 * the first term, the first term.
 */
export function termToShow<T extends Term>(terms: readonly T[], today: IsoDate): T | undefined {
	const sorted = [...terms].sort((a, b) => (a.startsOn < b.startsOn ? -1 : 1));
	const started = sorted.filter((term) => term.startsOn <= today);
	return started.at(-1) ?? sorted[0];
}

/** The latest day a lesson in this term can be recorded for today: today, or the term's last day. */
export function latestRecordableDate(term: Term, today: IsoDate): IsoDate {
	return today < term.endsOn ? today : term.endsOn;
}
