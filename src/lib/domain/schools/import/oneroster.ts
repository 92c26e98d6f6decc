/**
 * A OneRoster 1.1 CSV bundle (what MIS exports and Wonde-style services produce) read into
 * the import's roster.
 *
 * Rules owned here:
 * - orgs.csv, users.csv, classes.csv and enrollments.csv are required; demographics.csv
 *   (dates of birth) and academicSessions.csv (to pass over last year's classes) are used
 *   when present; a missing required file or column refuses the whole bundle;
 * - a trust's bundle can hold several schools: the one to import is chosen by sourcedId,
 *   or is the only org of type "school"; rows of other schools are passed over;
 * - every key is the row's sourcedId, which OneRoster promises is stable across exports;
 * - rows with status "tobedeleted" or enabledUser "false" are passed over, with the reason;
 * - when any class is a "homeroom", only homerooms become classes (a primary's
 *   registration classes), other classes being subject sets we have no use for;
 * - students: one class each; teachers and aides: the classes they are enrolled to teach;
 *   parents, guardians and relatives: linked through agentSourcedIds from either side; a
 *   parent who ends up with no pupil in the import is refused ("parent without a child").
 */
import { readTable, type TableLine } from './table';
import {
	checkEmail,
	checkName,
	parseUkDate,
	parseYearGroup,
	yearGroupFromClassName,
	type Roster,
	type RosterClass,
	type RosterPerson,
	type RosterResult
} from './roster';

export const ONEROSTER_FILES = ['orgs.csv', 'users.csv', 'classes.csv', 'enrollments.csv', 'demographics.csv', 'academicSessions.csv'] as const;
const REQUIRED: Record<string, string[]> = {
	'orgs.csv': ['sourcedid', 'name', 'type'],
	'users.csv': ['sourcedid', 'role', 'givenname', 'familyname'],
	'classes.csv': ['sourcedid', 'title', 'schoolsourcedid'],
	'enrollments.csv': ['sourcedid', 'classsourcedid', 'usersourcedid', 'role'],
	'demographics.csv': ['sourcedid', 'birthdate'],
	'academicSessions.csv': ['sourcedid', 'startdate', 'enddate']
};

const list = (v: string | undefined): string[] =>
	(v ?? '')
		.split(/[,;]/)
		.map((s) => s.trim())
		.filter(Boolean);
const deleted = (l: TableLine): boolean => (l.cells.status ?? '').toLowerCase() === 'tobedeleted';

export interface OneRosterOptions {
	/** sourcedId of the school org to import; needed only when the bundle holds several. */
	orgSourcedId?: string;
	/** First day of the academic year being imported (YYYY-MM-DD). */
	yearStartsOn: string;
}

export function rosterFromOneRoster(files: Record<string, string>, options: OneRosterOptions): RosterResult {
	const tables: Record<string, TableLine[]> = {};
	for (const name of ONEROSTER_FILES) {
		const text = files[name];
		if (text === undefined) {
			if (name === 'demographics.csv' || name === 'academicSessions.csv') continue;
			return { ok: false, message: `The bundle has no ${name}. A OneRoster 1.1 export holds orgs.csv, users.csv, classes.csv and enrollments.csv.` };
		}
		const table = readTable(text, name);
		if (!table.ok) return table;
		const missing = REQUIRED[name]!.filter((c) => !table.columns.includes(c));
		if (missing.length)
			return { ok: false, message: `${name} has no ${missing.join(', ')} column${missing.length > 1 ? 's' : ''}: is it a OneRoster 1.1 file?` };
		tables[name] = table.lines;
	}
	const schools = tables['orgs.csv']!.filter((o) => !deleted(o) && o.cells.type?.toLowerCase() === 'school');
	const org = options.orgSourcedId ? schools.find((o) => o.cells.sourcedid === options.orgSourcedId) : schools.length === 1 ? schools[0] : undefined;
	if (!org) {
		const names = schools
			.map((o) => `${o.cells.name} (${o.cells.sourcedid})`)
			.slice(0, 10)
			.join(', ');
		return { ok: false, message: schools.length ? `Choose which school to import: the bundle holds ${names}.` : 'orgs.csv names no org of type "school".' };
	}
	return { ok: true, roster: buildRoster(tables, org.cells.sourcedid!, options.yearStartsOn) };
}

function buildRoster(tables: Record<string, TableLine[]>, orgId: string, yearStartsOn: string): Roster {
	const roster: Roster = { classes: [], people: [], refused: [], skipped: [] };
	const classes = readClasses(tables, orgId, yearStartsOn, roster);
	const births = new Map<string, string>();
	for (const d of tables['demographics.csv'] ?? []) {
		const parsed = d.cells.birthdate ? parseUkDate(d.cells.birthdate) : null;
		if (parsed?.ok) births.set(d.cells.sourcedid!, parsed.date);
	}
	const listedClasses = new Set(tables['classes.csv']!.map((c) => c.cells.sourcedid));
	const enrolled = new Map<string, string[]>();
	for (const e of tables['enrollments.csv']!) {
		if (deleted(e) || !classes.has(e.cells.classsourcedid ?? '')) {
			// A class passed over on purpose (a subject set, last year's) says nothing; one nobody listed is an error.
			if (!deleted(e) && !listedClasses.has(e.cells.classsourcedid))
				roster.refused.push({
					source: { file: 'enrollments.csv', line: e.line },
					label: e.cells.sourcedid ?? `line ${e.line}`,
					reason: `unknown class ${(e.cells.classsourcedid || '(none)').slice(0, 40)}`
				});
			continue;
		}
		const key = `${e.cells.usersourcedid}|${(e.cells.role ?? '').toLowerCase() === 'student' ? 'student' : 'staff'}`;
		enrolled.set(key, [...(enrolled.get(key) ?? []), e.cells.classsourcedid!]);
	}
	const agents = new Map<string, Set<string>>();
	const link = (parent: string, child: string) => agents.set(parent, (agents.get(parent) ?? new Set()).add(child));
	const people = new Map<string, RosterPerson>();
	for (const u of tables['users.csv']!) {
		const person = readUser(u, orgId, roster, births, enrolled);
		if (!person) continue;
		if (people.has(person.key)) {
			roster.refused.push({
				source: person.source,
				label: `${person.firstName} ${person.surname}`,
				reason: `duplicate key: ${person.key} is already on line ${people.get(person.key)!.source.line}`
			});
			continue;
		}
		people.set(person.key, person);
		const role = person.role;
		for (const other of list(u.cells.agentsourcedids)) {
			if (role === 'pupil') link(other, person.key);
			else if (role === 'parent') link(person.key, other);
		}
	}
	for (const person of people.values()) {
		if (person.role !== 'parent') continue;
		person.childKeys = [...(agents.get(person.key) ?? [])].filter((k) => people.get(k)?.role === 'pupil');
		if (person.childKeys.length === 0) {
			people.delete(person.key);
			roster.refused.push({ source: person.source, label: `${person.firstName} ${person.surname}`, reason: 'parent without a child in this import' });
		}
	}
	roster.classes = [...classes.values()];
	roster.people = [...people.values()];
	return roster;
}

function readClasses(tables: Record<string, TableLine[]>, orgId: string, yearStartsOn: string, roster: Roster): Map<string, RosterClass> {
	const sessionsEnd = new Map<string, string>();
	for (const s of tables['academicSessions.csv'] ?? []) {
		const end = parseUkDate(s.cells.enddate ?? '');
		if (end.ok) sessionsEnd.set(s.cells.sourcedid!, end.date);
	}
	const rows = tables['classes.csv']!.filter((c) => c.cells.schoolsourcedid === orgId);
	const homeroomsOnly = rows.some((c) => (c.cells.classtype ?? '').toLowerCase() === 'homeroom');
	const classes = new Map<string, RosterClass>();
	for (const c of rows) {
		const source = { file: 'classes.csv', line: c.line };
		const label = c.cells.title || c.cells.sourcedid || `line ${c.line}`;
		if (c.problem) {
			roster.refused.push({ source, label, reason: c.problem });
			continue;
		}
		if (deleted(c)) {
			roster.skipped.push({ source, label, reason: 'marked to be deleted' });
			continue;
		}
		if (homeroomsOnly && (c.cells.classtype ?? '').toLowerCase() !== 'homeroom') {
			roster.skipped.push({ source, label, reason: 'not a registration (homeroom) class' });
			continue;
		}
		const terms = list(c.cells.termsourcedids)
			.map((t) => sessionsEnd.get(t))
			.filter((d): d is string => !!d);
		if (terms.length && terms.every((end) => end < yearStartsOn)) {
			roster.skipped.push({ source, label, reason: 'belongs to an earlier academic year' });
			continue;
		}
		const title = c.cells.title ?? '';
		if (!title || title.length > 60) {
			roster.refused.push({ source, label, reason: title ? 'the class title is longer than 60 characters' : 'the class title is missing' });
			continue;
		}
		const grades = list(c.cells.grades);
		const yearGroup = (grades.length ? parseYearGroup(grades[0]!) : null) ?? yearGroupFromClassName(title);
		if (yearGroup === null) {
			roster.refused.push({ source, label, reason: `no year group: grades "${c.cells.grades ?? ''}" is not Reception to Year 6` });
			continue;
		}
		classes.set(c.cells.sourcedid!, { key: c.cells.sourcedid!, name: title, yearGroup, source });
	}
	return classes;
}

const ROLES: Record<string, RosterPerson['role']> = {
	student: 'pupil',
	teacher: 'teacher',
	aide: 'teacher',
	parent: 'parent',
	guardian: 'parent',
	relative: 'parent'
};

function readUser(u: TableLine, orgId: string, roster: Roster, births: Map<string, string>, enrolled: Map<string, string[]>): RosterPerson | null {
	const source = { file: 'users.csv', line: u.line };
	const label = `${u.cells.givenname ?? ''} ${u.cells.familyname ?? ''}`.trim() || u.cells.sourcedid || `line ${u.line}`;
	const refuse = (reason: string) => (roster.refused.push({ source, label, reason }), null);
	const skip = (reason: string) => (roster.skipped.push({ source, label, reason }), null);
	if (u.problem) return refuse(u.problem);
	if (deleted(u)) return skip('marked to be deleted');
	if ((u.cells.enableduser ?? '').toLowerCase() === 'false') return skip('account not enabled in the MIS');
	const role = ROLES[(u.cells.role ?? '').toLowerCase()];
	if (!role) return skip(`role "${(u.cells.role ?? '').slice(0, 20)}" is set up by hand, not imported`);
	const orgs = list(u.cells.orgsourcedids);
	if (orgs.length && !orgs.includes(orgId)) return skip('belongs to another school in the bundle');
	const key = u.cells.sourcedid ?? '';
	if (!key || key.length > 64) return refuse(key ? 'the sourcedId is longer than 64 characters' : 'the sourcedId is missing');
	const problem =
		checkName(u.cells.givenname ?? '', 'first name') ?? checkName(u.cells.familyname ?? '', 'surname') ?? checkEmail((u.cells.email ?? '').toLowerCase());
	if (problem) return refuse(problem);
	const classKeys = enrolled.get(`${key}|${role === 'pupil' ? 'student' : 'staff'}`) ?? [];
	if (role === 'pupil' && classKeys.length !== 1)
		return refuse(classKeys.length ? `enrolled in ${classKeys.length} classes; a pupil belongs to one` : 'not enrolled in any class of this school');
	return {
		key,
		role,
		firstName: u.cells.givenname!,
		surname: u.cells.familyname!,
		email: role === 'pupil' ? null : (u.cells.email || '').toLowerCase() || null,
		dateOfBirth: role === 'pupil' ? (births.get(key) ?? null) : null,
		classKeys,
		childKeys: [],
		source
	};
}
