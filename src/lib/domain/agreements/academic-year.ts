/**
 * The UK academic year: 1 September to 31 August, in UK local time.
 *
 * Owns: which academic year an instant belongs to, its label ("2026/27"),
 * and its boundaries. Signatures count only for the year they were made in,
 * so the boundary has to follow the clock on the classroom wall: midnight on
 * 1 September in London is 23:00 UTC on 31 August (British Summer Time).
 */

/** All schools served are in the UK; the year turns over by their clock, not the server's. */
export const SCHOOL_TIME_ZONE = 'Europe/London';

/** September, counted from 1. */
const FIRST_MONTH_OF_YEAR = 9;

export interface AcademicYear {
	/** The calendar year in which the academic year starts, e.g. 2026 for 2026/27. */
	startYear: number;
	/** e.g. "2026/27". */
	label: string;
	/** 1 September 00:00 UK time (inclusive). */
	starts: Date;
	/** 1 September 00:00 UK time of the following year (exclusive): the instant the year is over. */
	ends: Date;
}

const partsFormatter = new Intl.DateTimeFormat('en-GB', {
	timeZone: SCHOOL_TIME_ZONE,
	year: 'numeric',
	month: 'numeric',
	day: 'numeric',
	hour: 'numeric',
	minute: 'numeric',
	second: 'numeric',
	hourCycle: 'h23'
});

interface WallClock {
	year: number;
	month: number;
	day: number;
	hour: number;
	minute: number;
	second: number;
}

function ukWallClock(instant: Date): WallClock {
	const parts: Record<string, number> = {};
	for (const part of partsFormatter.formatToParts(instant)) {
		if (part.type !== 'literal') parts[part.type] = Number(part.value);
	}
	return {
		year: parts.year ?? NaN,
		month: parts.month ?? NaN,
		day: parts.day ?? NaN,
		hour: parts.hour ?? NaN,
		minute: parts.minute ?? NaN,
		second: parts.second ?? NaN
	};
}

/** The instant at which it is midnight on the given UK calendar date. */
function ukMidnight(year: number, month: number, day: number): Date {
	const asIfUtc = Date.UTC(year, month - 1, day);
	// The offset is found by asking what the UK clock reads at that UTC instant;
	// one correction is enough because midnight is never inside a clock change.
	const wall = ukWallClock(new Date(asIfUtc));
	const wallAsUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
	return new Date(asIfUtc - (wallAsUtc - asIfUtc));
}

function labelFor(startYear: number): string {
	return `${startYear}/${String((startYear + 1) % 100).padStart(2, '0')}`;
}

/** The academic year an instant falls in, by UK local time. */
export function academicYearOf(date: Date): AcademicYear {
	if (Number.isNaN(date.getTime())) throw new RangeError('academicYearOf: invalid date');
	const wall = ukWallClock(date);
	const startYear = wall.month >= FIRST_MONTH_OF_YEAR ? wall.year : wall.year - 1;
	return academicYearStarting(startYear);
}

/** The academic year that starts in September of `startYear`. */
export function academicYearStarting(startYear: number): AcademicYear {
	return {
		startYear,
		label: labelFor(startYear),
		starts: ukMidnight(startYear, FIRST_MONTH_OF_YEAR, 1),
		ends: ukMidnight(startYear + 1, FIRST_MONTH_OF_YEAR, 1)
	};
}

/** True when both instants fall in the same academic year. */
export function isSameAcademicYear(a: Date, b: Date): boolean {
	return academicYearOf(a).startYear === academicYearOf(b).startYear;
}

const dateFormatter = new Intl.DateTimeFormat('en-GB', {
	timeZone: SCHOOL_TIME_ZONE,
	day: 'numeric',
	month: 'long',
	year: 'numeric'
});

/** "3 October 2026", in UK time, for staff-facing explanations. */
export function formatUkDate(date: Date): string {
	return dateFormatter.format(date);
}
