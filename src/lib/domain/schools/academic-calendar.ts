// The English school calendar: an academic year runs 1 September to 31 August, in three
// terms. Default term dates follow the usual pattern of English local authorities (autumn
// from the first week of September to just before Christmas, spring from early January to
// just before Easter, summer from after Easter to late July); each school edits its own.
export type TermName = 'autumn' | 'spring' | 'summer';

export interface DateRange {
	startsOn: string;
	endsOn: string;
}

export interface AcademicYearDates extends DateRange {
	startYear: number;
	label: string;
}

export interface TermDates extends DateRange {
	name: TermName;
}

const pad = (n: number): string => String(n).padStart(2, '0');
const ymd = (y: number, m: number, d: number): string => `${y}-${pad(m)}-${pad(d)}`;

/** The academic year a date falls in: September onwards belongs to the year starting then. */
export function academicYearContaining(date: Date): AcademicYearDates {
	const y = date.getUTCFullYear();
	const startYear = date.getUTCMonth() >= 8 ? y : y - 1;
	return academicYearStarting(startYear);
}

export function academicYearStarting(startYear: number): AcademicYearDates {
	return {
		startYear,
		label: `${startYear}/${pad((startYear + 1) % 100)}`,
		startsOn: ymd(startYear, 9, 1),
		endsOn: ymd(startYear + 1, 8, 31)
	};
}

/** A weekday on or after the given date (terms start on a weekday). */
function weekdayOnOrAfter(y: number, m: number, d: number): string {
	const date = new Date(Date.UTC(y, m - 1, d));
	while (date.getUTCDay() === 0 || date.getUTCDay() === 6) date.setUTCDate(date.getUTCDate() + 1);
	return date.toISOString().slice(0, 10);
}

export function defaultTermDates(startYear: number): TermDates[] {
	const next = startYear + 1;
	return [
		{ name: 'autumn', startsOn: weekdayOnOrAfter(startYear, 9, 3), endsOn: ymd(startYear, 12, 19) },
		{ name: 'spring', startsOn: weekdayOnOrAfter(next, 1, 5), endsOn: ymd(next, 3, 31) },
		{ name: 'summer', startsOn: weekdayOnOrAfter(next, 4, 14), endsOn: ymd(next, 7, 22) }
	];
}
