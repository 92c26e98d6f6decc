// The report's CSV uses the project's one CSV writer (RFC 4180, formula injection neutralised).
export { escapeCsvCell, toCsv, type CsvCell } from '../shared/csv';
