/**
 * Calendar-date arithmetic on ISO `YYYY-MM-DD` strings.
 *
 * Rules owned here:
 * - A date is valid only if it names a real calendar day (no 31 June).
 * - Arithmetic goes through UTC day numbers, so daylight-saving changes can
 *   never shift a school day.
 * - UK display format: "3 September 2025" (no locale lookup, so output is the
 *   same in every runtime).
 */
import { londonDate } from './london-time';

/** A calendar date, `YYYY-MM-DD`, in England. */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

export function isIsoDate(value: unknown): value is IsoDate {
	if (typeof value !== 'string') return false;
	const match = ISO_DATE.exec(value);
	if (!match) return false;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const date = new Date(Date.UTC(year, month - 1, day));
	return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Days since 1970-01-01; assumes a valid date (check with `isIsoDate` at the edge). */
export function toDayNumber(date: IsoDate): number {
	const [year, month, day] = date.split('-').map(Number) as [number, number, number];
	return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

export function fromDayNumber(dayNumber: number): IsoDate {
	return new Date(dayNumber * MS_PER_DAY).toISOString().slice(0, 10);
}

export function isoDate(year: number, month: number, day: number): IsoDate {
	return fromDayNumber(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

export function addDays(date: IsoDate, days: number): IsoDate {
	return fromDayNumber(toDayNumber(date) + days);
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: IsoDate): number {
	// 1970-01-01 was a Thursday (4).
	return (((toDayNumber(date) + 4) % 7) + 7) % 7;
}

export function isWeekday(date: IsoDate): boolean {
	const day = dayOfWeek(date);
	return day !== 0 && day !== 6;
}

/** "3 September 2025": a calendar date as written, or an instant by its date in England. */
export function formatUkDate(date: IsoDate | Date): string {
	const [year, month, day] = (typeof date === 'string' ? date : londonDate(date)).split('-').map(Number) as [number, number, number];
	return `${day} ${MONTHS[month - 1]} ${year}`;
}
