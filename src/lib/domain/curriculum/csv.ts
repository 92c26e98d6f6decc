/**
 * CSV export of a class's progress grid: its columns, rows and file name. Writing
 * (RFC 4180, formula injection neutralised) is the project's one CSV writer in
 * ../shared/csv.ts.
 */
import type { ProgressStatus } from './types';
import type { ClassGrid } from './progress';
import { describeTerm } from './terms';
import { STRANDS } from './strands';
import { SELF_STUDY_STATUS_LABELS } from './self-study';
import { toCsv } from '../shared/csv';

export { neutraliseFormula, parseCsv, toCsv, type CsvCell } from '../shared/csv';
/** The grid's name for the shared cell writer. */

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

/**
 * The fixed columns, then one per planned lesson (Done / Started / Not started), then one
 * per strand with the "I can" statements the pupil has shown, as on the page.
 */
export function classGridToCsvRows(grid: ClassGrid): (string | number)[][] {
	return [
		[...CLASS_GRID_CSV_HEADER, ...grid.plannedLessons.map((lesson) => `Planned: ${lesson.title}`), ...STRANDS.map((strand) => `Shown in ${strand.name}`)],
		...grid.rows.map((row): (string | number)[] => [
			row.displayName,
			row.totalMinutes,
			row.targetMinutes,
			row.remainingMinutes,
			STATUS_LABELS[row.status],
			row.taughtMinutes,
			row.selfStudyMinutes,
			row.missedLessons.map((missed) => `${missed.lessonTitle} (${missed.deliveredOn})`).join('; '),
			...row.evidence.planned.map((planned) => SELF_STUDY_STATUS_LABELS[planned.status]),
			...row.evidence.strands.map((strand) => strand.shown.join('; '))
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
