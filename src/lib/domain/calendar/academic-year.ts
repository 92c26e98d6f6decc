/**
 * The UK academic year: 1 September to 31 August, by the clock on the classroom wall.
 *
 * Rules owned here (the only place that knows them):
 * - September onwards belongs to the year starting then: 2026 names 2026/27.
 * - The year turns over at midnight on 1 September in London, which is 23:00 UTC on
 *   31 August (British Summer Time), so signatures, consents and lesson records made at
 *   00:30 BST on 1 September belong to the new year.
 * - A year has two shapes: calendar dates (`startsOn`/`endsOn`, inclusive, for terms and
 *   the database's `date` columns) and instants (`starts` inclusive, `ends` exclusive, for
 *   comparing timestamps such as when an agreement was signed).
 */
import { isoDate, type IsoDate } from './dates';
import { londonDate, parseLondonLocal } from './london-time';

/** September, counted from 1. */
const FIRST_MONTH_OF_YEAR = 9;

/** An academic year as calendar dates. */
export interface AcademicYearDates {
	/** The calendar year in which the academic year starts, e.g. 2026 for 2026/27. */
	startYear: number;
	/** e.g. "2026/27". */
	label: string;
	/** 1 September (inclusive). */
	startsOn: IsoDate;
	/** 31 August of the following year (inclusive). */
	endsOn: IsoDate;
}

/** An academic year as instants. */
export interface AcademicYear {
	startYear: number;
	label: string;
	/** 1 September 00:00 UK time (inclusive). */
	starts: Date;
	/** 1 September 00:00 UK time of the following year (exclusive): the instant the year is over. */
	ends: Date;
}

/** The start year of the academic year a calendar date falls in. */
export function academicYearStartFor(date: IsoDate): number {
	const [year, month] = date.split('-').map(Number) as [number, number];
	return month >= FIRST_MONTH_OF_YEAR ? year : year - 1;
}

/** "2026/27"; the turn of a century keeps two digits ("1999/00"). */
export function academicYearLabel(startYear: number): string {
	return `${startYear}/${String((startYear + 1) % 100).padStart(2, '0')}`;
}

export function academicYearBounds(startYear: number): { startsOn: IsoDate; endsOn: IsoDate } {
	return { startsOn: isoDate(startYear, FIRST_MONTH_OF_YEAR, 1), endsOn: isoDate(startYear + 1, FIRST_MONTH_OF_YEAR - 1, 31) };
}

/** The academic year that starts in September of `startYear`, as dates. */
export function academicYearStarting(startYear: number): AcademicYearDates {
	return { startYear, label: academicYearLabel(startYear), ...academicYearBounds(startYear) };
}

/** The academic year an instant falls in, as dates (by the date in England). */
export function academicYearContaining(instant: Date): AcademicYearDates {
	return academicYearStarting(academicYearStartFor(londonDate(instant)));
}

/** The academic year an instant falls in, as instants. */
export function academicYearOf(instant: Date): AcademicYear {
	if (Number.isNaN(instant.getTime())) throw new RangeError('academicYearOf: invalid date');
	const startYear = academicYearStartFor(londonDate(instant));
	return {
		startYear,
		label: academicYearLabel(startYear),
		starts: parseLondonLocal(academicYearBounds(startYear).startsOn)!,
		ends: parseLondonLocal(academicYearBounds(startYear + 1).startsOn)!
	};
}
