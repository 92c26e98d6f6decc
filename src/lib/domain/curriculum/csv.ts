/**
 * CSV export of a class's progress grid.
 *
 * Rules owned here:
 * - RFC 4180: CRLF line endings; a field containing a comma, double quote,
 *   CR or LF is wrapped in double quotes with inner quotes doubled.
 * - Formula injection: a text cell starting with = + - @ (or a tab or CR,
 *   which some spreadsheets strip before evaluating) gets a leading
 *   apostrophe, so a pupil name like "=HYPERLINK(…)" opens as text. Numbers
 *   we write ourselves are left alone, so a spreadsheet can still sum them.
 * - `parseCsv` reads RFC 4180 back; it exists so the export is testable as a
 *   round trip and so imports can share one parser.
 */
import type { ProgressStatus } from './types';
import type { ClassGrid } from './progress';
import { describeTerm } from './terms';

export type CsvCell = string | number;

const FORMULA_TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r']);

export const STATUS_LABELS: Readonly<Record<ProgressStatus, string>> = {
	met: 'Met',
	'on-track': 'On track',
	'at-risk': 'At risk',
	short: 'Short'
};

export function neutraliseFormula(text: string): string {
	return text.length > 0 && FORMULA_TRIGGERS.has(text[0] as string) ? `'${text}` : text;
}

export function escapeCsvField(cell: CsvCell): string {
	const text = typeof cell === 'number' ? String(cell) : neutraliseFormula(cell);
	return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
	return rows.map((row) => row.map(escapeCsvField).join(',')).join('\r\n') + '\r\n';
}

/** RFC 4180 parser: quoted fields may hold commas, quotes ("") and line breaks. */
export function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let inQuotes = false;
	for (let i = 0; i < text.length; i++) {
		const char = text[i];
		if (inQuotes) {
			if (char === '"' && text[i + 1] === '"') {
				field += '"';
				i++;
			} else if (char === '"') inQuotes = false;
			else field += char;
		} else if (char === '"') inQuotes = true;
		else if (char === ',') {
			row.push(field);
			field = '';
		} else if (char === '\r' || char === '\n') {
			if (char === '\r' && text[i + 1] === '\n') i++;
			row.push(field);
			rows.push(row);
			row = [];
			field = '';
		} else field += char;
	}
	if (field !== '' || row.length > 0) {
		row.push(field);
		rows.push(row);
	}
	return rows;
}

export const CLASS_GRID_CSV_HEADER: readonly string[] = [
	'Pupil',
	'Minutes so far',
	'Target minutes',
	'Minutes still needed',
	'Status',
	'Taught in class',
	'Completed alone',
	'Missed lessons'
];

export function classGridToCsvRows(grid: ClassGrid): CsvCell[][] {
	return [
		[...CLASS_GRID_CSV_HEADER],
		...grid.rows.map((row): CsvCell[] => [
			row.displayName,
			row.totalMinutes,
			row.targetMinutes,
			row.remainingMinutes,
			STATUS_LABELS[row.status],
			row.taughtMinutes,
			row.selfStudyMinutes,
			row.missedLessons.map((missed) => `${missed.lessonTitle} (${missed.deliveredOn})`).join('; ')
		])
	];
}

export function classGridToCsv(grid: ClassGrid): string {
	return toCsv(classGridToCsvRows(grid));
}

/** e.g. "e-safety-minutes-5-oak-autumn-term-2025-26.csv"; never a pupil's name. */
export function classGridCsvFilename(grid: ClassGrid): string {
	const slug = `${grid.className} ${describeTerm(grid.term)}`
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	return `e-safety-minutes-${slug}.csv`;
}
