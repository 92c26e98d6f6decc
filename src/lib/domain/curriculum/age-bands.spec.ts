import { describe, expect, it } from 'vitest';
import { ageBandForYearGroup } from './age-bands';
import { addDays, formatUkDate, isIsoDate } from '../calendar';

describe('ageBandForYearGroup', () => {
	it.each([
		[0, '5-7'],
		[1, '5-7'],
		[2, '5-7'],
		[3, '7-9'],
		[4, '7-9'],
		[5, '9-11'],
		[6, '9-11']
	])('year group %i → %s', (yearGroup, band) => {
		expect(ageBandForYearGroup(yearGroup)).toBe(band);
	});

	it.each([-1, 7, 2.5, Number.NaN])('rejects year group %s', (yearGroup) => {
		expect(() => ageBandForYearGroup(yearGroup)).toThrow(RangeError);
	});
});

describe('dates', () => {
	it('accepts only real calendar dates', () => {
		expect(isIsoDate('2024-02-29')).toBe(true);
		expect(isIsoDate('2025-02-29')).toBe(false);
		expect(isIsoDate('2025-06-31')).toBe(false);
		expect(isIsoDate('2025-6-3')).toBe(false);
		expect(isIsoDate(20250603)).toBe(false);
	});

	it('adds days across month ends and formats UK dates', () => {
		expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
		expect(addDays('2026-03-29', 1)).toBe('2026-03-30'); // clocks change; the date must not
		expect(formatUkDate('2025-10-03')).toBe('3 October 2025');
	});
});
