/**
 * The dry run: what an import would do to the school, line by line, before anything is written.
 *
 * Rules owned here:
 * - classes and people are matched by their stable key; a class without a key is adopted
 *   by the same name, a teacher or parent without a key by the same email, so a school set
 *   up by hand is joined to its MIS on the first import instead of doubled;
 * - a key already held by someone of another role is refused (a UPN is not a teacher's);
 * - a matched person whose names, email, date of birth, class, classes taught or children
 *   differ is "changed", naming each change; one that differs in nothing is "left";
 * - the file speaks for the pupils in it: their links to imported parents not in the file
 *   are removed, links a parent made with an invitation code are kept; teachers lose only
 *   imported classes the file no longer gives them;
 * - people and classes the file does not mention are left alone (leavers are handled by
 *   the year-end rollover, not by omission from a file); an imported parent missing from
 *   the file who is linked to pupils in it keeps those links and is reported as "kept: not
 *   in this file", unless the admin asked to remove links not in the file;
 * - a parent whose every child was refused is refused too ("parent without a child").
 */
import type { Role } from '../../auth/roles';
import type { RefusedLine, Roster, RosterClass, RosterPerson, RosterRole, SourceLine } from './roster';

export interface ExistingClass {
	id: string;
	key: string | null;
	name: string;
	yearGroup: number;
}

export interface ExistingPerson {
	id: string;
	key: string | null;
	role: Role;
	firstName: string;
	surname: string;
	email: string | null;
	dateOfBirth: string | null;
	/** Current-year class (pupils). */
	classId: string | null;
	/** Current-year classes taught (teachers). */
	teachesClassIds: string[];
	/** Linked pupils (parents). */
	childIds: string[];
}

export interface ExistingSchool {
	classes: ExistingClass[];
	people: ExistingPerson[];
}

export type Outcome = 'create' | 'change' | 'leave' | 'refuse' | 'skip';

export interface PlanLine {
	source: SourceLine;
	label: string;
	kind: 'class' | RosterRole | 'line';
	outcome: Outcome;
	/** For "change": each change in words; for "refuse" and "skip": the reason. */
	notes: string[];
}

/** A class or person to write: `id` null means create. References are by key. */
export interface ClassWrite {
	id: string | null;
	key: string;
	name: string;
	yearGroup: number;
}
export interface PersonWrite {
	id: string | null;
	person: RosterPerson;
	/** Parents: existing links to imported pupils to remove (pupil keys). */
	unlinkChildKeys: string[];
	/** Teachers: imported classes no longer theirs (class keys). */
	dropClassKeys: string[];
}

export interface ImportPlan {
	lines: PlanLine[];
	classWrites: ClassWrite[];
	personWrites: PersonWrite[];
	counts: Record<Outcome, number>;
}

const nameOf = (p: { firstName: string; surname: string }): string => `${p.firstName} ${p.surname}`;
const same = (a: string[], b: string[]): boolean => a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');

export interface PlanOptions {
	/** Remove the links of imported parents the file no longer lists to pupils it does. */
	removeMissingLinks?: boolean;
}

/** Where a line about someone the file does not mention is reported. */
export const NOT_IN_FILE: SourceLine = { file: '(not in this file)', line: 0 };

export function planImport(roster: Roster, school: ExistingSchool, options: PlanOptions = {}): ImportPlan {
	const lines: PlanLine[] = [];
	const classWrites: ClassWrite[] = [];
	const personWrites: PersonWrite[] = [];
	const classIdOfKey = new Map<string, string | null>();
	const classKeyOfId = new Map<string, string>();
	for (const c of school.classes) if (c.key) classKeyOfId.set(c.id, c.key);

	for (const rc of roster.classes) {
		const match = school.classes.find((c) => c.key === rc.key) ?? school.classes.find((c) => !c.key && c.name.toLowerCase() === rc.name.toLowerCase());
		const clash = school.classes.find((c) => c !== match && c.name.toLowerCase() === rc.name.toLowerCase());
		if (clash) {
			lines.push(refuseLine(rc.source, rc.name, 'class', `another class is already called "${rc.name}"`));
			continue;
		}
		classIdOfKey.set(rc.key, match?.id ?? null);
		if (match) classKeyOfId.set(match.id, rc.key);
		const notes = match ? classChanges(match, rc) : [];
		if (!match || notes.length) classWrites.push({ id: match?.id ?? null, key: rc.key, name: rc.name, yearGroup: rc.yearGroup });
		lines.push({ source: rc.source, label: rc.name, kind: 'class', outcome: !match ? 'create' : notes.length ? 'change' : 'leave', notes });
	}

	const byKey = new Map(school.people.filter((p) => p.key).map((p) => [p.key!, p]));
	const adoptable = (role: RosterRole, email: string | null) =>
		email
			? school.people.find((p) => !p.key && p.email === email && (role === 'teacher' ? ['teacher', 'dsl', 'admin'].includes(p.role) : p.role === role))
			: undefined;
	const pupilIdOfKey = new Map<string, string | null>();
	const pupilKeyOfId = new Map<string, string>();
	for (const p of school.people) if (p.role === 'pupil' && p.key) pupilKeyOfId.set(p.id, p.key);
	const ordered = [...roster.people].sort((a, b) => rank(a.role) - rank(b.role));
	const parentsOfPupil = new Map<string, Set<string>>();
	for (const p of roster.people) if (p.role === 'parent') for (const c of p.childKeys) parentsOfPupil.set(c, (parentsOfPupil.get(c) ?? new Set()).add(p.key));

	for (const person of ordered) {
		const label = nameOf(person);
		const existing = byKey.get(person.key) ?? adoptable(person.role, person.email);
		const roleMatches = existing && (existing.role === person.role || (person.role === 'teacher' && ['teacher', 'dsl', 'admin'].includes(existing.role)));
		if (existing && !roleMatches) {
			lines.push(refuseLine(person.source, label, person.role, `key ${person.key} already belongs to a ${existing.role}`));
			continue;
		}
		const missingClass = person.classKeys.find((k) => !classIdOfKey.has(k));
		if (missingClass) {
			lines.push(refuseLine(person.source, label, person.role, `unknown class: its class line was refused`));
			continue;
		}
		const childKeys = person.childKeys.filter((k) => pupilIdOfKey.has(k));
		if (person.role === 'parent' && childKeys.length === 0) {
			lines.push(refuseLine(person.source, label, person.role, 'parent without a child: every child of theirs was refused'));
			continue;
		}
		const kept: RosterPerson = { ...person, childKeys };
		if (person.role === 'pupil') pupilIdOfKey.set(person.key, existing?.id ?? null);
		if (!existing) {
			personWrites.push({ id: null, person: kept, unlinkChildKeys: [], dropClassKeys: [] });
			lines.push({ source: person.source, label, kind: person.role, outcome: 'create', notes: describeNew(kept) });
			continue;
		}
		if (existing.role === 'pupil') pupilKeyOfId.set(existing.id, person.key);
		const { notes, unlinkChildKeys, dropClassKeys } = personChanges(existing, kept, { classKeyOfId, pupilKeyOfId, parentsOfPupil });
		if (notes.length) personWrites.push({ id: existing.id, person: kept, unlinkChildKeys, dropClassKeys });
		lines.push({ source: person.source, label, kind: person.role, outcome: notes.length ? 'change' : 'leave', notes });
	}
	planMissingParents(roster, school, pupilKeyOfId, options, lines, personWrites);
	for (const r of roster.refused) lines.push(refuseLine(r.source, r.label, 'line', r.reason));
	for (const s of roster.skipped) lines.push(skipLine(s));
	lines.sort((a, b) => a.source.file.localeCompare(b.source.file) || a.source.line - b.source.line);
	const counts: Record<Outcome, number> = { create: 0, change: 0, leave: 0, refuse: 0, skip: 0 };
	for (const l of lines) counts[l.outcome]++;
	return { lines, classWrites, personWrites, counts };
}

/** Imported parents the file no longer lists, still linked to pupils it does list. */
function planMissingParents(
	roster: Roster,
	school: ExistingSchool,
	pupilKeyOfId: Map<string, string>,
	options: PlanOptions,
	lines: PlanLine[],
	personWrites: PersonWrite[]
): void {
	const inFile = new Set(roster.people.map((p) => p.key));
	const pupilsInFile = new Set(roster.people.filter((p) => p.role === 'pupil').map((p) => p.key));
	for (const parent of school.people) {
		if (parent.role !== 'parent' || !parent.key || inFile.has(parent.key)) continue;
		const spokenFor = parent.childIds.map((id) => pupilKeyOfId.get(id)).filter((k): k is string => !!k && pupilsInFile.has(k));
		if (!spokenFor.length) continue;
		const children = `${spokenFor.length} child${spokenFor.length === 1 ? '' : 'ren'}`;
		if (!options.removeMissingLinks) {
			lines.push({
				source: NOT_IN_FILE,
				label: nameOf(parent),
				kind: 'parent',
				outcome: 'leave',
				notes: [`kept: not in this file (still linked to ${children})`]
			});
			continue;
		}
		const person: RosterPerson = {
			key: parent.key,
			role: 'parent',
			firstName: parent.firstName,
			surname: parent.surname,
			email: parent.email,
			dateOfBirth: null,
			classKeys: [],
			childKeys: [],
			source: NOT_IN_FILE
		};
		personWrites.push({ id: parent.id, person, unlinkChildKeys: spokenFor, dropClassKeys: [] });
		lines.push({ source: NOT_IN_FILE, label: nameOf(parent), kind: 'parent', outcome: 'change', notes: [`not in this file: unlinked from ${children}`] });
	}
}

// Pupils before parents, so a parent's children are known to be accepted.
const rank = (role: RosterRole): number => ({ pupil: 0, teacher: 1, parent: 2 })[role];

function refuseLine(source: SourceLine, label: string, kind: PlanLine['kind'], reason: string): PlanLine {
	return { source, label, kind, outcome: 'refuse', notes: [reason] };
}
function skipLine(s: RefusedLine): PlanLine {
	return { source: s.source, label: s.label, kind: 'line', outcome: 'skip', notes: [s.reason] };
}

function classChanges(match: ExistingClass, rc: RosterClass): string[] {
	const notes: string[] = [];
	if (!match.key) notes.push('joined to the class already set up with this name');
	if (match.name !== rc.name) notes.push(`name ${match.name} → ${rc.name}`);
	if (match.yearGroup !== rc.yearGroup) notes.push(`year group ${match.yearGroup} → ${rc.yearGroup}`);
	return notes;
}

function describeNew(p: RosterPerson): string[] {
	if (p.role === 'parent') return [`linked to ${p.childKeys.length} child${p.childKeys.length === 1 ? '' : 'ren'}`];
	if (p.role === 'teacher') return [`teaches ${p.classKeys.length} class${p.classKeys.length === 1 ? '' : 'es'}`];
	return [];
}

interface Lookups {
	classKeyOfId: Map<string, string>;
	pupilKeyOfId: Map<string, string>;
	parentsOfPupil: Map<string, Set<string>>;
}

function personChanges(existing: ExistingPerson, p: RosterPerson, look: Lookups) {
	const notes: string[] = [];
	if (!existing.key) notes.push('joined to the account already set up with this email');
	if (existing.firstName !== p.firstName || existing.surname !== p.surname) notes.push(`name ${nameOf(existing)} → ${nameOf(p)}`);
	if (p.role !== 'pupil' && p.email && existing.email !== p.email) notes.push('email changed');
	if (p.dateOfBirth && existing.dateOfBirth !== p.dateOfBirth) notes.push('date of birth changed');
	let unlinkChildKeys: string[] = [];
	let dropClassKeys: string[] = [];
	if (p.role === 'pupil') {
		const current = existing.classId ? look.classKeyOfId.get(existing.classId) : undefined;
		if (current !== p.classKeys[0]) notes.push(existing.classId ? 'moves class' : 'joins a class');
	}
	if (p.role === 'teacher') {
		const imported = existing.teachesClassIds.map((id) => look.classKeyOfId.get(id)).filter((k): k is string => !!k);
		dropClassKeys = imported.filter((k) => !p.classKeys.includes(k));
		if (!same(imported, p.classKeys) && (dropClassKeys.length || p.classKeys.some((k) => !imported.includes(k)))) notes.push('classes taught changed');
	}
	if (p.role === 'parent') {
		const linked = existing.childIds.map((id) => look.pupilKeyOfId.get(id)).filter((k): k is string => !!k);
		// Only links to pupils this file speaks for can be removed.
		unlinkChildKeys = linked.filter((k) => !p.childKeys.includes(k) && look.parentsOfPupil.has(k));
		const added = p.childKeys.filter((k) => !linked.includes(k));
		if (added.length) notes.push(`linked to ${added.length} more child${added.length === 1 ? '' : 'ren'}`);
		if (unlinkChildKeys.length) notes.push(`unlinked from ${unlinkChildKeys.length} child${unlinkChildKeys.length === 1 ? '' : 'ren'}`);
	}
	return { notes, unlinkChildKeys, dropClassKeys };
}
