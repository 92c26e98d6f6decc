// The planner on a real database: staff read it, only the head changes it, bad plans
// change nothing, and a school's saved term replaces the default for that term only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../support/database';
import { createTestSchool, type TestSchool } from '../support/factories';
import { getPlanner, savePlan } from '../../../src/lib/server/curriculum/planner';
import { AuthorizationError } from '../../../src/lib/server/auth/authorize';
import { InputError } from '../../../src/lib/server/errors';
import { defaultYearPlan } from '../../../src/lib/domain/curriculum';
import { curriculumRowCounts, signed } from './support';

let t: TestDatabase;
let school: TestSchool;
let other: TestSchool;

beforeAll(async () => {
	t = await openTestDatabase();
	school = await createTestSchool(t.db, 2);
	other = await createTestSchool(t.db, 2);
});
afterAll(() => t.close());

describe('the planner', () => {
	it('shows every year group the default plan, each term at the target', async () => {
		const planner = await getPlanner(t.db, signed(school.classes[0].teacher));
		expect(planner.canEdit).toBe(false);
		expect(planner.years.map((y) => y.yearGroup)).toEqual([1, 2, 3, 4, 5, 6]);
		for (const year of planner.years) for (const term of year.terms) expect(term.minutes).toBeGreaterThanOrEqual(60);
	});

	it('lets the head replace a term, only in their school, and go back to the default', async () => {
		const admin = signed(school.admin);
		const own = defaultYearPlan(4).summer;
		await savePlan(t.db, admin, { yearGroup: 4, termName: 'autumn', lessonIds: own, reset: false });
		const planner = await getPlanner(t.db, admin);
		expect(planner.years[3]!.terms[0]).toMatchObject({ fromSchool: true });
		expect(planner.years[3]!.terms[0]!.lessons.map((l) => l.id)).toEqual(own);
		const elsewhere = await getPlanner(t.db, signed(other.admin));
		expect(elsewhere.years[3]!.terms[0]!.lessons.map((l) => l.id)).toEqual(defaultYearPlan(4).autumn);
		await savePlan(t.db, admin, { yearGroup: 4, termName: 'autumn', lessonIds: [], reset: true });
		expect((await getPlanner(t.db, admin)).years[3]!.terms[0]!.fromSchool).toBe(false);
	});

	it('refuses teachers, DSLs and pupils, and plans with wrong lessons, changing nothing', async () => {
		const input = { yearGroup: 1, termName: 'spring' as const, lessonIds: defaultYearPlan(1).spring, reset: false };
		const before = await curriculumRowCounts(t.db, school.id);
		for (const who of [school.classes[0].teacher, school.dsl, school.classes[0].pupils[0]!]) {
			await expect(savePlan(t.db, signed(who), input)).rejects.toBeInstanceOf(AuthorizationError);
		}
		await expect(getPlanner(t.db, signed(school.classes[0].pupils[0]!))).rejects.toBeInstanceOf(AuthorizationError);
		for (const lessonIds of [['no-such-lesson'], defaultYearPlan(6).spring, [input.lessonIds[0]!, input.lessonIds[0]!]]) {
			await expect(savePlan(t.db, signed(school.admin), { ...input, lessonIds })).rejects.toBeInstanceOf(InputError);
		}
		await expect(savePlan(t.db, signed(school.admin), { ...input, yearGroup: 9 })).rejects.toBeInstanceOf(InputError);
		expect(await curriculumRowCounts(t.db, school.id)).toEqual(before);
	});
});
