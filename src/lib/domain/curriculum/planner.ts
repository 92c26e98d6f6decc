/**
 * The planner: which lessons each year group is taught in each term.
 *
 * Rules owned here:
 * - The default plan gives Years 1–6 every lesson of their band over its two
 *   years, without a repeat: the first year of a band (Years 1, 3, 5) takes
 *   the first half of the band's lessons, the second year the rest. Lessons
 *   are dealt strand by strand, so each year meets every strand it can, and
 *   each term is filled until it reaches the target (60 minutes).
 * - Reception has no default plan: the programme starts in Year 1.
 * - A school may replace any year group's term with its own list; a term it
 *   has not changed follows the default.
 * - A plan names only lessons that suit the year group's band.
 */
import { ageBandForYearGroup, lessonSuitsBand } from './age-bands';
import { LESSON_CATALOGUE } from './catalogue';
import { STRAND_IDS } from './strands';
import { DEFAULT_TARGET_MINUTES } from './tally';
import { TERM_NAMES } from './terms';
import type { AgeBand, Lesson, TermName } from './types';

export const PLANNED_YEAR_GROUPS: readonly number[] = [1, 2, 3, 4, 5, 6];

export type YearPlan = Readonly<Record<TermName, readonly string[]>>;

/** The band's catalogue lessons, dealt one strand at a time so strands spread across terms. */
function lessonsInTeachingOrder(band: AgeBand, lessons: readonly Lesson[]): Lesson[] {
	const byStrand = STRAND_IDS.map((strand) => lessons.filter((l) => l.ageBand === band && l.strand === strand));
	const ordered: Lesson[] = [];
	for (let round = 0; ordered.length < byStrand.flat().length; round++) {
		for (const strandLessons of byStrand) if (strandLessons[round]) ordered.push(strandLessons[round]!);
	}
	return ordered;
}

/** Six terms (two school years) of lessons for a band, each filled to the target. */
export function defaultBandPlan(band: AgeBand, targetMinutes = DEFAULT_TARGET_MINUTES, lessons: readonly Lesson[] = LESSON_CATALOGUE): string[][] {
	const queue = lessonsInTeachingOrder(band, lessons);
	const terms: string[][] = [];
	for (let term = 0; term < 6; term++) {
		const planned: string[] = [];
		let minutes = 0;
		while (minutes < targetMinutes && queue.length > 0) {
			const next = queue.shift()!;
			planned.push(next.id);
			minutes += next.durationMinutes;
		}
		terms.push(planned);
	}
	return terms;
}

export function defaultYearPlan(yearGroup: number, targetMinutes = DEFAULT_TARGET_MINUTES): YearPlan {
	if (!PLANNED_YEAR_GROUPS.includes(yearGroup)) return { autumn: [], spring: [], summer: [] };
	const bandTerms = defaultBandPlan(ageBandForYearGroup(yearGroup), targetMinutes);
	// Years 1, 3 and 5 are the first year of their band; 2, 4 and 6 the second.
	const offset = yearGroup % 2 === 1 ? 0 : 3;
	return { autumn: bandTerms[offset]!, spring: bandTerms[offset + 1]!, summer: bandTerms[offset + 2]! };
}

export interface SchoolPlanEntry {
	readonly yearGroup: number;
	readonly termName: TermName;
	readonly lessonIds: readonly string[];
}

export interface PlannedTerm {
	readonly termName: TermName;
	readonly lessons: readonly Lesson[];
	readonly minutes: number;
	readonly fromSchool: boolean;
}

/** A year group's three terms: the school's own where it saved one, otherwise the default. */
export function planForYearGroup(
	yearGroup: number,
	schoolPlans: readonly SchoolPlanEntry[],
	lessonIndex: ReadonlyMap<string, Lesson>,
	targetMinutes = DEFAULT_TARGET_MINUTES
): PlannedTerm[] {
	const defaults = defaultYearPlan(yearGroup, targetMinutes);
	return TERM_NAMES.map((termName) => {
		const own = schoolPlans.find((p) => p.yearGroup === yearGroup && p.termName === termName);
		const lessons = (own?.lessonIds ?? defaults[termName]).flatMap((id) => lessonIndex.get(id) ?? []);
		return { termName, lessons, minutes: lessons.reduce((sum, l) => sum + l.durationMinutes, 0), fromSchool: own !== undefined };
	});
}

/** Lessons a year group may be planned: those that suit its band. */
export function plannableLessons(yearGroup: number, lessonIndex: ReadonlyMap<string, Lesson>): Lesson[] {
	const band = ageBandForYearGroup(yearGroup);
	return [...lessonIndex.values()].filter((l) => lessonSuitsBand(l.ageBand, band));
}

/** Checks a school's list for one term: known lessons, suited to the year group, no repeats. */
export function validatePlanLessons(yearGroup: number, lessonIds: readonly string[], lessonIndex: ReadonlyMap<string, Lesson>): string | null {
	if (!PLANNED_YEAR_GROUPS.includes(yearGroup)) return 'Choose a year group from 1 to 6.';
	if (lessonIds.length > 8) return 'Plan at most 8 lessons in a term.';
	if (new Set(lessonIds).size !== lessonIds.length) return 'Each lesson can be planned once in a term.';
	const band = ageBandForYearGroup(yearGroup);
	for (const id of lessonIds) {
		const lesson = lessonIndex.get(id);
		if (!lesson || !lessonSuitsBand(lesson.ageBand, band)) return 'Choose lessons for this year group from the list.';
	}
	return null;
}
