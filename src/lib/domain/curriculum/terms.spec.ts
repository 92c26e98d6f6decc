import { describe, expect, it } from 'vitest';
import { academicYearStartFor, dayOfWeek } from '../calendar';
import {
	defaultAcademicYear,
	describeTerm,
	describeTermDates,
	easterSunday,
	findTermContaining,
	latestRecordableDate,
	termProgressFraction,
	termToShow
} from './terms';
import type { Term } from './types';

describe('easterSunday', () => {
	it.each([
		[2024, '2024-03-31'],
		[2025, '2025-04-20'],
		[2026, '2026-04-05'],
		[2027, '2027-03-28'],
		[2038, '2038-04-25']
	])('%i → %s', (year, expected) => {
		expect(easterSunday(year)).toBe(expected);
	});
});

describe('defaultAcademicYear', () => {
	it('proposes English term dates for 2025–26', () => {
		const year = defaultAcademicYear(2025);
		expect(year.startsOn).toBe('2025-09-01');
		expect(year.endsOn).toBe('2026-08-31');
		expect(year.terms.map((t) => [t.name, t.startsOn, t.endsOn])).toEqual([
			['autumn', '2025-09-01', '2025-12-19'],
			['spring', '2026-01-05', '2026-04-02'],
			['summer', '2026-04-13', '2026-07-20']
		]);
	});

	it('gives ordered, non-overlapping weekday terms inside the academic year, 2000–2099', () => {
		for (let startYear = 2000; startYear < 2100; startYear++) {
			const year = defaultAcademicYear(startYear);
			let previousEnd = '0000-00-00';
			for (const term of year.terms) {
				expect(term.academicYearStart).toBe(startYear);
				expect(term.startsOn > previousEnd).toBe(true);
				expect(term.startsOn < term.endsOn).toBe(true);
				expect(term.startsOn >= year.startsOn && term.endsOn <= year.endsOn).toBe(true);
				expect([1, 2, 3, 4, 5]).toContain(dayOfWeek(term.startsOn));
				expect([1, 2, 3, 4, 5]).toContain(dayOfWeek(term.endsOn));
				previousEnd = term.endsOn;
			}
		}
	});
});

describe('terms and dates', () => {
	const terms = defaultAcademicYear(2025).terms;
	const autumn = terms[0];

	it('names the academic year a date belongs to', () => {
		expect(academicYearStartFor('2025-09-01')).toBe(2025);
		expect(academicYearStartFor('2026-08-31')).toBe(2025);
		expect(academicYearStartFor('2026-01-15')).toBe(2025);
	});

	it('finds the term containing a date, inclusive at both ends, and none in holidays', () => {
		expect(findTermContaining(terms, '2025-09-01')?.name).toBe('autumn');
		expect(findTermContaining(terms, '2025-12-19')?.name).toBe('autumn');
		expect(findTermContaining(terms, '2025-12-25')).toBeUndefined();
		expect(findTermContaining(terms, '2026-05-01')?.name).toBe('summer');
		expect(findTermContaining(terms, '2026-08-10')).toBeUndefined();
	});

	it('measures how much of the term has gone, not counting today', () => {
		const term: Term = { name: 'autumn', academicYearStart: 2025, startsOn: '2025-09-01', endsOn: '2025-09-10' };
		expect(termProgressFraction(term, '2025-08-20')).toBe(0);
		expect(termProgressFraction(term, '2025-09-01')).toBe(0);
		expect(termProgressFraction(term, '2025-09-06')).toBeCloseTo(0.5);
		expect(termProgressFraction(term, '2025-09-10')).toBeCloseTo(0.9);
		expect(termProgressFraction(term, '2025-09-11')).toBe(1);
	});

	it('describes a term in UK English', () => {
		expect(describeTerm(autumn)).toBe('Autumn term 2025–26');
		expect(describeTermDates(autumn)).toBe('1 September 2025 to 19 December 2025');
	});
});

describe('termToShow and latestRecordableDate', () => {
	const year = defaultAcademicYear(2026);
	const [autumn, spring] = year.terms;
	it('opens on the term containing today, or the last one started during a holiday', () => {
		expect(termToShow(year.terms, '2026-11-23')).toBe(autumn);
		expect(termToShow(year.terms, '2026-12-28')).toBe(autumn);
		expect(termToShow(year.terms, '2027-01-04')).toBe(spring);
		expect(termToShow(year.terms, '2026-08-01')).toBe(autumn);
		expect(termToShow([], '2026-11-23')).toBeUndefined();
	});
	it('never offers a date after today or after the term', () => {
		expect(latestRecordableDate(autumn, '2026-11-23')).toBe('2026-11-23');
		expect(latestRecordableDate(autumn, '2027-02-01')).toBe(autumn.endsOn);
	});
});
