import { describe, expect, it } from 'vitest';
import { academicYearOf, academicYearStarting, formatUkDate, isSameAcademicYear } from './academic-year';

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

	it('compares two instants by year', () => {
		expect(isSameAcademicYear(new Date('2026-09-02T08:00:00Z'), new Date('2027-08-30T08:00:00Z'))).toBe(true);
		expect(isSameAcademicYear(new Date('2026-08-30T08:00:00Z'), new Date('2026-09-02T08:00:00Z'))).toBe(false);
	});

	it('formats dates in UK time for staff', () => {
		expect(formatUkDate(new Date('2026-08-31T23:30:00Z'))).toBe('1 September 2026');
	});
});
