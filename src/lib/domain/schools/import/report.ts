/**
 * The dry run as a CSV for the office to keep or fix the MIS from. Labels and reasons carry
 * text straight from the uploaded file, so they go through the shared writer, which turns a
 * cell such as "=HYPERLINK(…)" into text before a spreadsheet can run it.
 */
import { toCsv } from '../../shared/csv';
import type { ImportPlan, Outcome } from './plan';

export const OUTCOME_WORDS: Record<Outcome, string> = {
	create: 'will be created',
	change: 'will be changed',
	leave: 'left as it is',
	refuse: 'refused',
	skip: 'passed over'
};

export function planToCsv(plan: ImportPlan): string {
	return toCsv([
		['file', 'line', 'kind', 'name', 'outcome', 'why'],
		...plan.lines.map((l) => [l.source.file, l.source.line, l.kind, l.label, OUTCOME_WORDS[l.outcome], l.notes.join('; ')])
	]);
}
