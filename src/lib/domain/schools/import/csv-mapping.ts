/**
 * A school's own CSV (one line per pupil, any column names) read through a column mapping.
 *
 * Rules owned here:
 * - the mapping names which column holds each field; `guessMapping` proposes one from
 *   common MIS headings (SIMS, Arbor, Bromcom) for the admin to check in the preview;
 * - the stable key is the UPN or the admission number, whichever column the admin chose:
 *   a line without one, or with one already seen earlier in the file, is refused;
 * - the class is named on each line; its year group comes from a year column, else from
 *   the class's name ("Year 4 Willow", "4W"), else from the pupil's date of birth;
 * - up to two parents or carers per line; a parent with an email is one person across
 *   brothers and sisters (matched by email), one without is that pupil's alone;
 * - a parent named without a first name and surname is refused, as is an unusable email.
 */
import { z } from 'zod';
import { normaliseColumn, type TableLine } from './table';
import {
	checkEmail,
	checkName,
	parseUkDate,
	parseYearGroup,
	yearGroupForBirthDate,
	yearGroupFromClassName,
	type Roster,
	type RosterClass,
	type RosterPerson
} from './roster';

const column = z.string().trim().max(100).transform(normaliseColumn);
const optionalColumn = column.optional().transform((c) => (c ? c : undefined));

export const csvMappingSchema = z.object({
	key: column.pipe(z.string().min(1, 'Choose the column with the UPN or admission number.')),
	firstName: column.pipe(z.string().min(1, 'Choose the first name column.')),
	surname: column.pipe(z.string().min(1, 'Choose the surname column.')),
	className: column.pipe(z.string().min(1, 'Choose the class column.')),
	yearGroup: optionalColumn,
	dateOfBirth: optionalColumn,
	parent1FirstName: optionalColumn,
	parent1Surname: optionalColumn,
	parent1Email: optionalColumn,
	parent2FirstName: optionalColumn,
	parent2Surname: optionalColumn,
	parent2Email: optionalColumn
});

export type CsvMapping = z.infer<typeof csvMappingSchema>;
export type MappingField = keyof CsvMapping;

export const MAPPING_FIELDS: { field: MappingField; label: string; required: boolean }[] = [
	{ field: 'key', label: 'UPN or admission number', required: true },
	{ field: 'firstName', label: 'First name', required: true },
	{ field: 'surname', label: 'Surname', required: true },
	{ field: 'className', label: 'Class', required: true },
	{ field: 'yearGroup', label: 'Year group', required: false },
	{ field: 'dateOfBirth', label: 'Date of birth', required: false },
	{ field: 'parent1FirstName', label: 'Parent 1 first name', required: false },
	{ field: 'parent1Surname', label: 'Parent 1 surname', required: false },
	{ field: 'parent1Email', label: 'Parent 1 email', required: false },
	{ field: 'parent2FirstName', label: 'Parent 2 first name', required: false },
	{ field: 'parent2Surname', label: 'Parent 2 surname', required: false },
	{ field: 'parent2Email', label: 'Parent 2 email', required: false }
];

const HINTS: Record<MappingField, RegExp> = {
	key: /^(upn|unique pupil number|adno|adm(ission)? ?no\.?|admission number|pupil id|mis id)$/,
	firstName: /^(legal )?(first ?name|forename|given ?name|preferred forename)s?$/,
	surname: /^(legal )?(surname|last ?name|family ?name)$/,
	className: /^(reg(istration)? ?group|class|form|class name|tutor group)$/,
	yearGroup: /^(year|year group|ncy|nc year|curriculum year)$/,
	dateOfBirth: /^(dob|date of birth|birth ?date)$/,
	parent1FirstName: /^(contact|parent|carer) ?1 (first ?name|forename)$/,
	parent1Surname: /^(contact|parent|carer) ?1 (surname|last ?name)$/,
	parent1Email: /^(contact|parent|carer) ?1 e-?mail( address)?$/,
	parent2FirstName: /^(contact|parent|carer) ?2 (first ?name|forename)$/,
	parent2Surname: /^(contact|parent|carer) ?2 (surname|last ?name)$/,
	parent2Email: /^(contact|parent|carer) ?2 e-?mail( address)?$/
};

/** A first guess at the mapping from the file's headings; the admin confirms or changes it. */
export function guessMapping(columns: string[]): Partial<Record<MappingField, string>> {
	const guess: Partial<Record<MappingField, string>> = {};
	for (const { field } of MAPPING_FIELDS) {
		const found = columns.find((c) => HINTS[field].test(c));
		if (found) guess[field] = found;
	}
	return guess;
}

/** Columns the mapping names that the file does not have. */
export function missingColumns(mapping: CsvMapping, columns: string[]): string[] {
	return Object.values(mapping).filter((c): c is string => !!c && !columns.includes(c));
}

const classKey = (name: string): string => `class:${name.trim().toLowerCase().replace(/\s+/g, ' ')}`;
export const FILE = 'CSV';

/** Reads the mapped lines into a roster; `startYear` is the academic year being imported into. */
export function rosterFromMappedCsv(lines: TableLine[], mapping: CsvMapping, startYear: number): Roster {
	const roster: Roster = { classes: [], people: [], refused: [], skipped: [] };
	const classes = new Map<string, RosterClass>();
	const parents = new Map<string, RosterPerson>();
	const seenKeys = new Set<string>();
	for (const { line, cells, problem } of lines) {
		const source = { file: FILE, line };
		const get = (field: MappingField): string => (mapping[field] ? (cells[mapping[field]!] ?? '') : '');
		const label = `${get('firstName')} ${get('surname')}`.trim() || `line ${line}`;
		const refuse = (reason: string) => roster.refused.push({ source, label, reason });
		if (problem) {
			refuse(problem);
			continue;
		}
		const key = get('key').toUpperCase();
		if (!key) {
			refuse('the UPN or admission number is missing');
			continue;
		}
		if (key.length > 40) {
			refuse('the UPN or admission number is longer than 40 characters');
			continue;
		}
		if (seenKeys.has(key)) {
			refuse(`duplicate key: ${key} is already on an earlier line`);
			continue;
		}
		const nameProblem = checkName(get('firstName'), 'first name') ?? checkName(get('surname'), 'surname');
		if (nameProblem) {
			refuse(nameProblem);
			continue;
		}
		const className = get('className');
		if (!className) {
			refuse('the class is missing');
			continue;
		}
		if (className.length > 60) {
			refuse('the class name is longer than 60 characters');
			continue;
		}
		let dateOfBirth: string | null = null;
		if (get('dateOfBirth')) {
			const parsed = parseUkDate(get('dateOfBirth'));
			if (!parsed.ok) {
				refuse(parsed.reason);
				continue;
			}
			dateOfBirth = parsed.date;
		}
		const yearText = get('yearGroup');
		const yearGroup = yearText
			? parseYearGroup(yearText)
			: (yearGroupFromClassName(className) ?? (dateOfBirth ? yearGroupForBirthDate(dateOfBirth, startYear) : null));
		if (yearGroup === null || yearGroup < 0 || yearGroup > 6) {
			refuse(
				yearText
					? `year group "${yearText.slice(0, 20)}" is not Reception to Year 6`
					: `no year group for class "${className}": add a year column or a date of birth`
			);
			continue;
		}
		const ck = classKey(className);
		const existingClass = classes.get(ck);
		if (existingClass && existingClass.yearGroup !== yearGroup) {
			refuse(`class "${className}" is Year ${existingClass.yearGroup} on line ${existingClass.source.line} but Year ${yearGroup} here`);
			continue;
		}
		const parentProblem = readParents(get, key, source, parents);
		if (typeof parentProblem === 'string') {
			refuse(parentProblem);
			continue;
		}
		seenKeys.add(key);
		if (!existingClass) classes.set(ck, { key: ck, name: className, yearGroup, source });
		roster.people.push({
			key,
			role: 'pupil',
			firstName: get('firstName'),
			surname: get('surname'),
			email: null,
			dateOfBirth,
			classKeys: [ck],
			childKeys: [],
			source
		});
		for (const p of parentProblem) p.childKeys.push(key);
	}
	roster.classes = [...classes.values()];
	roster.people.push(...parents.values());
	return roster;
}

function readParents(
	get: (f: MappingField) => string,
	pupilKey: string,
	source: RosterPerson['source'],
	parents: Map<string, RosterPerson>
): RosterPerson[] | string {
	const found: RosterPerson[] = [];
	for (const n of [1, 2] as const) {
		const first = get(`parent${n}FirstName`);
		const surname = get(`parent${n}Surname`);
		const email = get(`parent${n}Email`).toLowerCase();
		if (!first && !surname && !email) continue;
		const problem = checkName(first, `parent ${n}'s first name`) ?? checkName(surname, `parent ${n}'s surname`) ?? checkEmail(email);
		if (problem) return problem;
		const key = email ? `parent:${email}` : `parent:${pupilKey}:${n}`;
		const known = parents.get(key);
		if (known) {
			if (!found.includes(known)) found.push(known);
			continue;
		}
		const person: RosterPerson = {
			key,
			role: 'parent',
			firstName: first,
			surname,
			email: email || null,
			dateOfBirth: null,
			classKeys: [],
			childKeys: [],
			source
		};
		parents.set(key, person);
		found.push(person);
	}
	return found;
}
