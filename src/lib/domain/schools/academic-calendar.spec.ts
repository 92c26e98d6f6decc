import { describe, expect, it } from 'vitest';
import { academicYearContaining, defaultTermDates, londonDate } from './academic-calendar';

describe('academic calendar', () => {
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

	it('gives three ordered terms that start on weekdays inside the year', () => {
		const terms = defaultTermDates(2026);
		expect(terms.map((t) => t.name)).toEqual(['autumn', 'spring', 'summer']);
		for (const term of terms) {
			const day = new Date(`${term.startsOn}T00:00:00Z`).getUTCDay();
			expect(day).not.toBe(0);
			expect(day).not.toBe(6);
			expect(term.endsOn > term.startsOn).toBe(true);
		}
		expect(terms[0]!.startsOn >= '2026-09-01').toBe(true);
		expect(terms[2]!.endsOn <= '2027-08-31').toBe(true);
		expect(terms[1]!.startsOn > terms[0]!.endsOn).toBe(true);
	});
});
