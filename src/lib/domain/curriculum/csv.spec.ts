import { describe, expect, it } from 'vitest';
import { classGridCsvFilename, classGridToCsv, classGridToCsvRows, neutraliseFormula, parseCsv, toCsv } from './csv';
import { escapeCsvCell } from '../shared/csv';
import { buildClassGrid } from './progress';
import { defaultAcademicYear } from './terms';
import { STRANDS } from './strands';
import type { PupilInfo } from './types';

const autumn = defaultAcademicYear(2025).terms[0];

describe('RFC 4180 fields', () => {
	it('quotes only fields that need it and doubles inner quotes', () => {
		expect(escapeCsvCell('Ava')).toBe('Ava');
		expect(escapeCsvCell(45)).toBe('45');
		expect(escapeCsvCell('Smith, Jo')).toBe('"Smith, Jo"');
		expect(escapeCsvCell('say "hi"')).toBe('"say ""hi"""');
		expect(escapeCsvCell('two\nlines')).toBe('"two\nlines"');
		expect(
			toCsv([
				['a', 1],
				['b', 2]
			])
		).toBe('a,1\r\nb,2\r\n');
	});

	it.each(['=1+1', '+44 7700 900000', '-2+3', '@SUM(A1)', '\t=cmd', '=HYPERLINK("http://x","y")'])(
		'neutralises a formula in %j with a leading apostrophe',
		(text) => {
			expect(neutraliseFormula(text)).toBe(`'${text}`);
			const [[cell]] = parseCsv(toCsv([[text]])) as [[string]];
			expect(cell).toBe(`'${text}`);
		}
	);

	it('leaves ordinary text and numbers we write alone', () => {
		expect(neutraliseFormula('Ava')).toBe('Ava');
		expect(neutraliseFormula('')).toBe('');
		expect(escapeCsvCell(-5)).toBe('-5');
	});
});

describe('class grid export', () => {
	const pupils: PupilInfo[] = [
		{ id: 'p1', classId: 'c1', displayName: 'Ava' },
		{ id: 'p2', classId: 'c1', displayName: 'Ben "BJ", Jr' },
		{ id: 'p3', classId: 'c1', displayName: '=cmd|calc' },
		{ id: 'p4', classId: 'c1', displayName: 'Line\nBreak' }
	];
	const grid = buildClassGrid({
		classInfo: { id: 'c1', name: '5 Oak', yearGroup: 5 },
		pupils,
		term: autumn,
		today: '2025-11-01',
		deliveries: [
			{ id: 'd1', classId: 'c1', lessonId: 'l1', deliveredOn: '2025-10-06', minutes: 45, presentPupilIds: ['p1', 'p2'] },
			{ id: 'd2', classId: 'c1', lessonId: 'l2', deliveredOn: '2025-10-08', minutes: 20, presentPupilIds: ['p1'] }
		],
		completions: [{ pupilId: 'p3', lessonId: 'l3', startedOn: '2025-10-09', minutesByDay: { '2025-10-09': 15 }, passedOn: '2025-10-09' }],
		lessonTitles: new Map([
			['l1', 'Trust, secrets and online friends'],
			['l2', 'Guard your details']
		])
	});

	it('round-trips: parsing the CSV gives back the grid', () => {
		const parsed = parseCsv(classGridToCsv(grid));
		const expected = classGridToCsvRows(grid).map((row) => row.map((cell) => (typeof cell === 'number' ? String(cell) : neutraliseFormula(cell))));
		expect(parsed).toEqual(expected);
		expect(parsed[0]!.slice(0, 8)).toEqual([
			'Pupil',
			'Minutes so far',
			'Target minutes',
			'Minutes still needed',
			'Status',
			'Taught in class',
			'Completed alone',
			'Missed lessons'
		]);
		expect(parsed).toHaveLength(grid.rows.length + 1);
		const ava = parsed.find((row) => row[0] === 'Ava');
		expect(ava!.slice(0, 8)).toEqual(['Ava', '65', '60', '0', 'Met', '65', '0', '']);
		// Then a column per strand: what the pupil has shown (no lessons were planned here).
		expect(parsed[0]!.slice(8)).toEqual(STRANDS.map((s) => `Shown in ${s.name}`));
		const ben = parsed.find((row) => row[0] === 'Ben "BJ", Jr');
		expect(ben!.slice(0, 8)).toEqual(['Ben "BJ", Jr', '45', '60', '15', 'On track', '45', '0', 'Guard your details (2025-10-08)']);
		expect(parsed.some((row) => row[0] === 'Line\nBreak')).toBe(true);
	});

	it('neutralises a pupil name that looks like a formula', () => {
		const csv = classGridToCsv(grid);
		expect(csv).toContain("'=cmd|calc,15,60,45,");
		expect(csv).not.toMatch(/(^|\r\n)=/);
	});

	it('names the file after the class and term, never a pupil', () => {
		expect(classGridCsvFilename(grid)).toBe('e-safety-minutes-5-oak-autumn-term-2025-26.csv');
	});
});
