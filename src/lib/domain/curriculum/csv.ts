/**
 * CSV export of a class's progress grid: its columns, rows and file name. Writing
 * (RFC 4180, formula injection neutralised) is the project's one CSV writer in
 * ../shared/csv.ts.
 */
import type { ProgressStatus } from './types';
import type { ClassGrid } from './progress';
import { describeTerm } from './terms';
import { escapeCsvCell, toCsv } from '../shared/csv';

export { neutraliseFormula, parseCsv, toCsv, type CsvCell } from '../shared/csv';
/** The grid's name for the shared cell writer. */
export const escapeCsvField = escapeCsvCell;

export const STATUS_LABELS: Readonly<Record<ProgressStatus, string>> = {
	met: 'Met',
	'on-track': 'On track',
	'at-risk': 'At risk',
	short: 'Short'
};

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

export function classGridToCsvRows(grid: ClassGrid): (string | number)[][] {
	return [
		[...CLASS_GRID_CSV_HEADER],
		...grid.rows.map((row): (string | number)[] => [
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
