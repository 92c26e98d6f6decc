/**
 * The year-end rollover: what September does to a school's classes and pupils.
 *
 * Rules owned here:
 * - the rollover goes from the current academic year to the next, once per year: in July
 *   and August as usual, earlier only when the admin says so (classes close at once); a
 *   school that missed last year's rolls that over instead, into the current year;
 * - every class of Reception to Year 5 gets a class in the new year one year group up, its
 *   pupils with it; the new name moves "Year 3" to "Year 4", "Reception" to "Year 1" and a
 *   leading digit up ("3A" → "4A"); a name with no year in it is kept; the admin may give
 *   any class another name, and chooses per class whether its teachers go with it;
 * - Year 6 pupils leave: their accounts are turned off and kept for the retention schedule;
 * - every class of the old year is archived and renamed with its year ("Year 3 Ash
 *   (2025/26)"), its mailbox too, so the new classes may reuse the names;
 * - new names must be unique among the new classes and the classes archived before;
 * - `rolloverState` is what a preview was made from: a confirm made from a stale one is refused.
 */
import { academicYearStarting, type AcademicYearDates } from '../calendar';
import { makeMailbox } from './import/usernames';

export const LAST_YEAR_GROUP = 6;

export interface RolloverClass {
	id: string;
	name: string;
	yearGroup: number;
	mailboxLocalPart: string;
	teacherIds: string[];
	pupilIds: string[];
}

export interface ClassChoice {
	/** A new name for the class in the new year; blank keeps the suggested one. */
	name?: string;
	carryTeachers: boolean;
}

export interface ClassMove {
	fromClassId: string;
	fromName: string;
	toName: string;
	toYearGroup: number;
	toMailbox: string;
	pupilIds: string[];
	/** Teachers who go with the class; empty when the admin cleared them. */
	teacherIds: string[];
	/** The class's teachers this year, whether or not they go with it. */
	allTeacherIds: string[];
	suggestedName: string;
}

export interface ClassArchive {
	classId: string;
	name: string;
	archivedName: string;
	archivedMailbox: string;
}

export interface RolloverPlan {
	from: AcademicYearDates;
	to: AcademicYearDates;
	moves: ClassMove[];
	leavers: { classId: string; className: string; pupilIds: string[] }[];
	archives: ClassArchive[];
	counts: { classesCreated: number; pupilsMoved: number; leavers: number; classesArchived: number; teachersCarried: number };
}

export interface RolloverYears {
	from: AcademicYearDates;
	to: AcademicYearDates;
	/** Before 1 July: this year's classes would close while term is still on. */
	early: boolean;
}

/**
 * Which year a rollover on this day in England (YYYY-MM-DD) starts from. Normally the
 * current academic year, into the next; in July and August that is the usual time, at any
 * other time it is early and the admin must say they mean it. A school that did not roll
 * over last year and has no pupils in classes this year rolls last year over instead (late).
 */
export function rolloverYearsFor(londonDay: string, state: { lastYearRolled: boolean; lastYearHasPupils: boolean; thisYearHasPupils: boolean }): RolloverYears {
	const [y, m] = londonDay.split('-').map(Number) as [number, number];
	const current = m >= 9 ? y : y - 1;
	if (!state.lastYearRolled && state.lastYearHasPupils && !state.thisYearHasPupils)
		return { from: academicYearStarting(current - 1), to: academicYearStarting(current), early: false };
	return { from: academicYearStarting(current), to: academicYearStarting(current + 1), early: m !== 7 && m !== 8 };
}

/** The name a class suggests for itself one year group up. */
export function nextClassName(name: string, yearGroup: number): string {
	const next = yearGroup + 1;
	const trimmed = name.trim();
	if (/^reception\b/i.test(trimmed)) return trimmed.replace(/^reception\b/i, `Year ${next}`);
	if (/^(year|yr|y)\s*\d\b/i.test(trimmed)) return trimmed.replace(/^(year|yr|y)(\s*)\d\b/i, (_m, word: string, gap: string) => `${word}${gap}${next}`);
	if (/^\d(?=[A-Za-z\s]|$)/.test(trimmed)) return `${next}${trimmed.slice(1)}`;
	return trimmed;
}

export class RolloverChoiceError extends Error {
	constructor(
		readonly classId: string,
		message: string
	) {
		super(message);
		this.name = 'RolloverChoiceError';
	}
}

const NAME = /^[\p{L}\p{N}][\p{L}\p{N}' ().&/-]{0,59}$/u;

/**
 * The whole rollover as data. `otherNames` and `otherMailboxes` are those of classes that are
 * not part of it (archived in earlier years), which the new classes must not take.
 */
export function planRollover(
	years: { from: AcademicYearDates; to: AcademicYearDates },
	classes: readonly RolloverClass[],
	choices: ReadonlyMap<string, ClassChoice>,
	otherNames: readonly string[],
	otherMailboxes: readonly string[]
): RolloverPlan {
	const ordered = [...classes].sort((a, b) => a.yearGroup - b.yearGroup || a.name.localeCompare(b.name));
	const archives = ordered.map((c) => ({
		classId: c.id,
		name: c.name,
		archivedName: `${c.name} (${years.from.label})`.slice(0, 80),
		archivedMailbox: `${c.mailboxLocalPart.slice(0, 24)}.${years.from.startYear}`
	}));
	const takenNames = new Set([...otherNames, ...archives.map((a) => a.archivedName)].map((n) => n.toLowerCase()));
	const mailboxes = new Set([...otherMailboxes, ...archives.map((a) => a.archivedMailbox)]);
	const moves: ClassMove[] = [];
	const leavers: RolloverPlan['leavers'] = [];
	for (const c of ordered) {
		if (c.yearGroup >= LAST_YEAR_GROUP) {
			leavers.push({ classId: c.id, className: c.name, pupilIds: [...c.pupilIds].sort() });
			continue;
		}
		const choice = choices.get(c.id);
		const suggestedName = nextClassName(c.name, c.yearGroup);
		const toName = choice?.name?.trim() || suggestedName;
		if (!NAME.test(toName)) throw new RolloverChoiceError(c.id, `“${toName}” cannot be a class name: use letters, numbers and spaces, at most 60.`);
		if (takenNames.has(toName.toLowerCase())) throw new RolloverChoiceError(c.id, `Two classes would be called “${toName}”: choose another name.`);
		takenNames.add(toName.toLowerCase());
		const toYearGroup = c.yearGroup + 1;
		moves.push({
			fromClassId: c.id,
			fromName: c.name,
			toName,
			toYearGroup,
			toMailbox: makeMailbox(toName, toYearGroup, mailboxes),
			pupilIds: [...c.pupilIds].sort(),
			teacherIds: choice?.carryTeachers === false ? [] : [...c.teacherIds].sort(),
			allTeacherIds: [...c.teacherIds].sort(),
			suggestedName
		});
	}
	const counts = {
		classesCreated: moves.length,
		pupilsMoved: moves.reduce((n, m) => n + m.pupilIds.length, 0),
		leavers: leavers.reduce((n, l) => n + l.pupilIds.length, 0),
		classesArchived: archives.length,
		teachersCarried: moves.reduce((n, m) => n + m.teacherIds.length, 0)
	};
	return { from: years.from, to: years.to, moves, leavers, archives, counts };
}

/** What a preview was made from: the classes, their pupils and teachers (not the choices). */
export function rolloverState(fromLabel: string, classes: readonly RolloverClass[]): string {
	const ordered = [...classes].sort((a, b) => a.id.localeCompare(b.id));
	return JSON.stringify([fromLabel, ordered.map((c) => [c.id, c.name, c.yearGroup, [...c.pupilIds].sort(), [...c.teacherIds].sort()])]);
}
