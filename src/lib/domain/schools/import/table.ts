/**
 * A CSV file as a header and lines, with the limits that keep a bad file from doing harm.
 *
 * Rules owned here:
 * - the first non-blank record is the header; header names are compared trimmed and
 *   case-insensitively, so "First Name" and "first name" are the same column;
 * - blank records are skipped; every other record keeps its line number in the file
 *   (counting from 1, header included) so the dry run can point at it;
 * - at most MAX_IMPORT_LINES lines and MAX_CELL_LENGTH characters a cell: beyond that
 *   the file is not a school roster, and the whole file is refused with a reason;
 * - a record with more cells than the header is a sign of a wrong delimiter or an
 *   unclosed quote: it is refused (per line), not guessed at.
 */
import { parseCsv } from '../../shared/csv';

export const MAX_IMPORT_LINES = 20_000;
export const MAX_CELL_LENGTH = 500;

export interface TableLine {
	line: number;
	cells: Record<string, string>;
	/** Set when the record cannot be read as a line of this table. */
	problem?: string;
}

export type Table = { ok: true; columns: string[]; lines: TableLine[] } | { ok: false; message: string };

export const normaliseColumn = (name: string): string => name.trim().toLowerCase().replace(/\s+/g, ' ');

export function readTable(text: string, fileName = 'The file'): Table {
	const records = parseCsv(text);
	if (records.length > MAX_IMPORT_LINES + 1)
		return {
			ok: false,
			message: `${fileName} has more than ${MAX_IMPORT_LINES.toLocaleString('en-GB')} lines; a school roster never does. Check it is the right file.`
		};
	const numbered = records.map((cells, i) => ({ cells, line: i + 1 })).filter((r) => r.cells.some((c) => c.trim() !== ''));
	const [header, ...rest] = numbered;
	if (!header) return { ok: false, message: `${fileName} has no lines.` };
	const columns = header.cells.map(normaliseColumn);
	if (columns.some((c) => c === '') || new Set(columns).size !== columns.length)
		return { ok: false, message: `${fileName}'s first line must name every column once (found: ${header.cells.slice(0, 8).join(', ').slice(0, 200)}).` };
	const tooLong = numbered.find((r) => r.cells.some((c) => c.length > MAX_CELL_LENGTH));
	if (tooLong)
		return { ok: false, message: `${fileName}, line ${tooLong.line}: a cell is longer than ${MAX_CELL_LENGTH} characters. Check the file is a roster export.` };
	const lines = rest.map(({ cells, line }): TableLine => {
		const row: Record<string, string> = {};
		columns.forEach((c, i) => (row[c] = (cells[i] ?? '').trim()));
		return cells.length > columns.length
			? { line, cells: row, problem: `has ${cells.length} cells but the header names ${columns.length}` }
			: { line, cells: row };
	});
	return { ok: true, columns, lines };
}
