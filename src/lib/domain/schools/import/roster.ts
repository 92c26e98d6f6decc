/**
 * The one shape every import source is turned into before it is compared with the school.
 * A plain CSV and a OneRoster bundle both become a `Roster`; the dry run (plan.ts) never
 * needs to know which file a line came from, except to point at it.
 */

export interface SourceLine {
	file: string;
	line: number;
}

export interface RosterClass {
	key: string;
	name: string;
	yearGroup: number;
	source: SourceLine;
}

export type RosterRole = 'pupil' | 'parent' | 'teacher';

export interface RosterPerson {
	key: string;
	role: RosterRole;
	firstName: string;
	surname: string;
	email: string | null;
	/** YYYY-MM-DD, pupils only. */
	dateOfBirth: string | null;
	/** Pupils: their one class; teachers: every class they teach. */
	classKeys: string[];
	/** Parents: the pupils they are linked to, by the pupils' keys. */
	childKeys: string[];
	source: SourceLine;
}

/** A line the reader could not turn into a class or person, with the reason in plain words. */
export interface RefusedLine {
	source: SourceLine;
	label: string;
	reason: string;
}

export interface Roster {
	classes: RosterClass[];
	people: RosterPerson[];
	refused: RefusedLine[];
	/** Lines deliberately passed over (another school in a trust's export, a deleted row). */
	skipped: RefusedLine[];
}

export type RosterResult = { ok: true; roster: Roster } | { ok: false; message: string };

const NAME = /^[\p{L}][\p{L}' .-]*$/u;

/** Names as the school types them, checked the same way as the admin's forms. */
export function checkName(value: string, what: string): string | null {
	if (!value) return `${what} is missing`;
	if (value.length > 60) return `${what} is longer than 60 characters`;
	if (!NAME.test(value)) return `${what} "${value.slice(0, 40)}" has characters a name cannot hold`;
	return null;
}

const EMAIL = /^[^\s@,;"<>]+@[^\s@,;"<>]+\.[^\s@,;"<>]+$/;

export function checkEmail(value: string): string | null {
	if (!value) return null;
	return value.length <= 254 && EMAIL.test(value) ? null : `email "${value.slice(0, 60)}" is not an email address`;
}

/**
 * Year group from what MISs write: "R", "Reception", "YR", "KG", "0", "Year 3", "Y3", "03".
 * Returns null for anything else (a nursery or secondary year is not ours to guess).
 */
export function parseYearGroup(value: string): number | null {
	const v = value.trim().toLowerCase();
	if (['r', 'yr', 'rec', 'reception', 'kg', 'k', 'fs2', '00', '0'].includes(v)) return 0;
	const m = /^(?:year|yr|y)?\s*0?([1-6])$/.exec(v);
	return m ? Number(m[1]) : null;
}

/** A year group from a class's name when the file gives none: "Year 4 Willow", "4W", "Reception Ash". */
export function yearGroupFromClassName(name: string): number | null {
	const v = name.trim().toLowerCase();
	if (/^(reception|rec|yr)\b/.test(v)) return 0;
	const m = /^(?:year|yr|y)?\s*([1-6])(?![0-9])/.exec(v);
	return m ? Number(m[1]) : null;
}

/**
 * UK dates as MIS exports write them: dd/mm/yyyy (or with - or .), and ISO yyyy-mm-dd.
 * A day that does not exist (31/02) or a US-style 12/31/2019 is refused, not swapped.
 */
export function parseUkDate(value: string): { ok: true; date: string } | { ok: false; reason: string } {
	const v = value.trim();
	let d: number, m: number, y: number;
	const uk = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(v);
	const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
	if (uk) [d, m, y] = [Number(uk[1]), Number(uk[2]), Number(uk[3])];
	else if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
	else return { ok: false, reason: `date "${v.slice(0, 20)}" is not written as dd/mm/yyyy` };
	const when = new Date(Date.UTC(y, m - 1, d));
	if (when.getUTCFullYear() !== y || when.getUTCMonth() !== m - 1 || when.getUTCDate() !== d)
		return { ok: false, reason: `date "${v}" does not exist (dates are read as dd/mm/yyyy)` };
	return { ok: true, date: `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` };
}

/**
 * The English year group a child born on this date is in during the academic year that
 * starts in September of `startYear`: children born September to August start Reception
 * together in the September after they turn four.
 */
export function yearGroupForBirthDate(dateOfBirth: string, startYear: number): number {
	const [y, m] = dateOfBirth.split('-').map(Number) as [number, number];
	const cohortStart = m >= 9 ? y : y - 1; // the academic year they were born in
	return startYear - cohortStart - 5;
}
