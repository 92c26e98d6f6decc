import { describe, expect, it } from 'vitest';
import { academicYearContaining, academicYearOf, academicYearStarting } from './academic-year';
import { formatUkDate } from './dates';
import { londonDate } from './london-time';

describe('academicYearOf', () => {
	it('turns over at midnight on 1 September UK time, which is 23:00 UTC in summer', () => {
		expect(academicYearOf(new Date('2026-08-31T22:59:59.999Z')).label).toBe('2025/26');
		expect(academicYearOf(new Date('2026-08-31T23:00:00.000Z')).label).toBe('2026/27');
	});

	it('puts spring and summer in the year that started the previous September', () => {
		const year = academicYearOf(new Date('2027-01-15T12:00:00Z'));
		expect(year.startYear).toBe(2026);
		expect(year.label).toBe('2026/27');
		expect(academicYearOf(new Date('2027-07-20T12:00:00+01:00')).startYear).toBe(2026);
	});

	it('gives the boundaries as instants: starts inclusive, ends exclusive', () => {
		const year = academicYearOf(new Date('2026-10-10T10:00:00Z'));
		expect(year.starts.toISOString()).toBe('2026-08-31T23:00:00.000Z');
		expect(year.ends.toISOString()).toBe('2027-08-31T23:00:00.000Z');
		expect(academicYearOf(year.starts).startYear).toBe(2026);
		expect(academicYearOf(year.ends).startYear).toBe(2027);
	});

	it('labels the turn of a century with two digits', () => {
		expect(academicYearStarting(1999).label).toBe('1999/00');
		expect(academicYearStarting(2009).label).toBe('2009/10');
	});

	it('refuses an invalid date', () => {
		expect(() => academicYearOf(new Date('not a date'))).toThrow(RangeError);
	});

	it('formats dates in UK time for staff, from an instant or a calendar date', () => {
		expect(formatUkDate(new Date('2026-08-31T23:30:00Z'))).toBe('1 September 2026');
		expect(formatUkDate('2026-09-01')).toBe('1 September 2026');
	});
});

describe('academicYearContaining', () => {
	it('puts 31 August in the year before and 1 September in the new one', () => {
		expect(academicYearContaining(new Date('2026-08-31T12:00:00Z')).label).toBe('2025/26');
		expect(academicYearContaining(new Date('2026-09-01T00:00:00Z')).label).toBe('2026/27');
		expect(academicYearContaining(new Date('2027-03-10T00:00:00Z'))).toMatchObject({
			startYear: 2026,
			startsOn: '2026-09-01',
			endsOn: '2027-08-31'
		});
	});

	it('follows the English calendar date, not UTC, around midnight in summer time', () => {
		// 23:30 UTC on 31 August is 00:30 BST on 1 September.
		expect(academicYearContaining(new Date('2026-08-31T23:30:00Z')).label).toBe('2026/27');
		expect(londonDate(new Date('2026-08-31T23:30:00Z'))).toBe('2026-09-01');
		expect(londonDate(new Date('2026-12-31T23:30:00Z'))).toBe('2026-12-31');
	});

	it('agrees with the instant form about which year an instant is in', () => {
		for (const iso of ['2026-08-31T22:59:59Z', '2026-08-31T23:00:00Z', '2027-02-01T12:00:00Z', '2027-08-31T23:30:00Z']) {
			const at = new Date(iso);
			expect(academicYearContaining(at).startYear).toBe(academicYearOf(at).startYear);
		}
	});
});
