/**
 * CSV for reports that staff open in a spreadsheet.
 *
 * Rules owned here:
 * - RFC 4180: fields holding a comma, a double quote, CR or LF are wrapped in double
 *   quotes, quotes inside are doubled, records end with CRLF;
 * - formula injection is neutralised: a text cell starting with = + - @ (or a tab or
 *   CR, which some spreadsheets skip before reading a formula) gets a leading
 *   apostrophe, so a pupil-typed "=HYPERLINK(…)" stays text. Numbers are ours, not
 *   typed by anyone, so a negative number is left as a number.
 */

export type CsvCell = string | number | null;

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export function escapeCsvCell(cell: CsvCell): string {
	if (cell === null) return '';
	if (typeof cell === 'number') {
		if (!Number.isFinite(cell)) throw new TypeError('Cannot write a non-finite number to CSV');
		return String(cell);
	}
	const safe = FORMULA_START.test(cell) ? `'${cell}` : cell;
	return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
	return rows.map((row) => `${row.map(escapeCsvCell).join(',')}\r\n`).join('');
}
