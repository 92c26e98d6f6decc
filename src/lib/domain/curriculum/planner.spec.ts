import { describe, expect, it } from 'vitest';
import { buildLessonIndex } from './catalogue';
import { defaultYearPlan, PLANNED_YEAR_GROUPS, planForYearGroup, validatePlanLessons } from './planner';
import { ageBandForYearGroup } from './age-bands';
import { TERM_NAMES } from './terms';

const index = buildLessonIndex();
const minutesOf = (ids: readonly string[]) => ids.reduce((sum, id) => sum + index.get(id)!.durationMinutes, 0);

describe('the default plan', () => {
	it('reaches 60 minutes every term for the two years of each band, without a repeat', () => {
		for (const [first, second] of [
			[1, 2],
			[3, 4],
			[5, 6]
		] as const) {
			const planned = [first, second].flatMap((year) => TERM_NAMES.map((term) => defaultYearPlan(year)[term]));
			for (const term of planned) expect(minutesOf(term)).toBeGreaterThanOrEqual(60);
			const all = planned.flat();
			expect(new Set(all).size, `years ${first}-${second}`).toBe(all.length);
			for (const id of all) expect(index.get(id)!.ageBand).toBe(ageBandForYearGroup(first));
		}
	});

	it('never repeats a lesson from Year 1 to Year 6', () => {
		const all = PLANNED_YEAR_GROUPS.flatMap((year) => TERM_NAMES.flatMap((term) => defaultYearPlan(year)[term]));
		expect(new Set(all).size).toBe(all.length);
	});

	it('lets a school replace one term and keeps the default for the others', () => {
		const own = defaultYearPlan(3).spring.slice(0, 1);
		const plan = planForYearGroup(3, [{ yearGroup: 3, termName: 'autumn', lessonIds: own }], index);
		expect(plan[0]).toMatchObject({ fromSchool: true, minutes: minutesOf(own) });
		expect(plan[1]!.lessons.map((l) => l.id)).toEqual(defaultYearPlan(3).spring);
	});

	it('refuses a plan with unknown lessons, another band, or repeats', () => {
		const y1 = defaultYearPlan(1).autumn;
		expect(validatePlanLessons(1, y1, index)).toBeNull();
		expect(validatePlanLessons(1, ['nope'], index)).toMatch(/from the list/);
		expect(validatePlanLessons(1, defaultYearPlan(5).autumn, index)).toMatch(/from the list/);
		expect(validatePlanLessons(1, [y1[0]!, y1[0]!], index)).toMatch(/once/);
		expect(validatePlanLessons(0, [], index)).toMatch(/year group/);
	});
});
