/**
 * Usernames and class mailboxes the import makes up.
 *
 * Rules owned here:
 * - a pupil's username is their first name and surname initial ("amelia.k"), short enough
 *   for a seven-year-old to type; a number is added when it is taken ("amelia.k2");
 * - a parent's or teacher's is first name and surname ("sam.khan"), numbered the same way;
 * - letters lose their accents and anything outside a–z and 0–9 is dropped, so every
 *   username passes the database's shape check; an empty result falls back to the role;
 * - usernames are unique across the deployment (sign-in asks for nothing else), so the
 *   caller passes every username already in use and the set grows as names are given;
 * - a class mailbox is the year digit and the class's name without "Year N" ("4willow").
 */
import type { RosterRole } from './roster';

const ascii = (s: string): string =>
	s
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]/g, '');

export function makeUsername(role: RosterRole, firstName: string, surname: string, taken: Set<string>): string {
	const first = ascii(firstName).slice(0, 20) || role;
	const last = ascii(surname);
	const base = role === 'pupil' ? `${first}.${last.slice(0, 1) || 'x'}` : `${first}.${last.slice(0, 30) || 'x'}`;
	let name = base;
	for (let n = 2; taken.has(name); n++) name = `${base}${n}`;
	taken.add(name);
	return name;
}

export function makeMailbox(className: string, yearGroup: number, taken: Set<string>): string {
	const stem = ascii(className.replace(/^(year|yr|y)\s*\d\s*/i, '').replace(/^reception\s*/i, '')).slice(0, 24) || 'class';
	const base = stem.startsWith(String(yearGroup)) ? stem : `${yearGroup === 0 ? 'r' : yearGroup}${stem}`;
	let name = base;
	for (let n = 2; taken.has(name); n++) name = `${base}${n}`;
	taken.add(name);
	return name;
}
