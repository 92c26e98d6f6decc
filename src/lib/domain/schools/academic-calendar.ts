// The English school calendar: an academic year runs 1 September to 31 August, in three
// terms. Default term dates follow the usual pattern of English local authorities (autumn
// from the first week of September to just before Christmas, spring from early January to
// just before Easter, summer from after Easter to late July); each school edits its own.
import { defaultAcademicYear } from '../curriculum/terms';

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
// The school day follows the clock on the classroom wall: 00:30 BST on 1 September is
// already the new school year, though it is still 31 August in UTC.
const LONDON_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar date in England (YYYY-MM-DD) at this instant. */
export function londonDate(instant: Date): string {
	return LONDON_DATE.format(instant);
}

export function academicYearContaining(date: Date): AcademicYearDates {
	const [y, m] = londonDate(date).split('-').map(Number) as [number, number];
	const startYear = m >= 9 ? y : y - 1;
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

/**
 * English default term dates (Easter-aware): one implementation, owned by the curriculum
 * domain's `defaultAcademicYear`, so the calendar ensureAcademicYear creates and the one
 * lessons are tracked against can never disagree.
 */
export function defaultTermDates(startYear: number): TermDates[] {
	return defaultAcademicYear(startYear).terms.map(({ name, startsOn, endsOn }) => ({ name, startsOn, endsOn }));
}
