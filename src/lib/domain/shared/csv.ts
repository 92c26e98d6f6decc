/**
 * CSV that staff open in a spreadsheet: one writer and one reader for every export.
 *
 * Rules owned here:
 * - RFC 4180: fields holding a comma, a double quote, CR or LF are wrapped in double
 *   quotes, quotes inside are doubled, records end with CRLF;
 * - formula injection is neutralised: a text cell starting with = + - @ (or a tab or
 *   CR, which some spreadsheets skip before reading a formula) gets a leading
 *   apostrophe, so a pupil-typed "=HYPERLINK(…)" stays text. Numbers are ours, not
 *   typed by anyone, so a negative number is left as a number;
 * - `parseCsv` reads RFC 4180 back, so exports are testable as a round trip.
 */

export type CsvCell = string | number | null;

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export function neutraliseFormula(text: string): string {
	return FORMULA_START.test(text) ? `'${text}` : text;
}

export function escapeCsvCell(cell: CsvCell): string {
	if (cell === null) return '';
	if (typeof cell === 'number') {
		if (!Number.isFinite(cell)) throw new TypeError('Cannot write a non-finite number to CSV');
		return String(cell);
	}
	const safe = neutraliseFormula(cell);
	return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
	return rows.map((row) => `${row.map(escapeCsvCell).join(',')}\r\n`).join('');
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
