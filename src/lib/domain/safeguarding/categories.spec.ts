import { describe, expect, it } from 'vitest';
import { ALL_CATEGORIES, CATEGORY_KEYS, RESPONSE_ACTION_LABELS, categoriesFor, findCategory, getCategory, isCategoryKey } from './categories';

describe('infringement categories', () => {
	it('grades pupils A–D and staff A–B', () => {
		expect(CATEGORY_KEYS).toEqual(['pupil-A', 'pupil-B', 'pupil-C', 'pupil-D', 'staff-A', 'staff-B']);
		expect(categoriesFor('pupil').map((c) => c.code)).toEqual(['A', 'B', 'C', 'D']);
		expect(categoriesFor('staff').map((c) => c.title)).toEqual(['Misconduct', 'Gross misconduct']);
	});

	it('gives every category a title, a description, examples and a first response', () => {
		for (const category of ALL_CATEGORIES) {
			expect(category.title.length).toBeGreaterThan(3);
			expect(category.description.length).toBeGreaterThan(40);
			expect(category.examples.length).toBeGreaterThanOrEqual(3);
			expect(category.typicalActions.length).toBeGreaterThan(0);
			for (const action of [...category.typicalActions, ...category.escalation, ...category.safeguardingActions]) {
				expect(RESPONSE_ACTION_LABELS[action]).toBeTypeOf('string');
			}
		}
	});

	it('carries the responses the policies set at each level', () => {
		expect(getCategory('pupil-A').typicalActions).toEqual(['refer-class-teacher']);
		expect(getCategory('pupil-B').escalation).toEqual(expect.arrayContaining(['remove-access-for-period', 'inform-parents']));
		expect(getCategory('pupil-C').typicalActions).toContain('refer-headteacher');
		expect(getCategory('pupil-D').safeguardingActions).toEqual(expect.arrayContaining(['preserve-evidence', 'report-police-ceop']));
		expect(getCategory('staff-A').escalation).toEqual(['give-warning']);
		expect(getCategory('staff-B').typicalActions).toEqual(['refer-headteacher', 'refer-governors']);
	});

	it('looks categories up by key or audience and code', () => {
		expect(findCategory('staff', 'B')?.key).toBe('staff-B');
		expect(findCategory('staff', 'C')).toBeNull();
		expect(isCategoryKey('pupil-D')).toBe(true);
		expect(isCategoryKey('pupil-E')).toBe(false);
		expect(isCategoryKey(7)).toBe(false);
		expect(() => getCategory('pupil-Z' as never)).toThrow(RangeError);
	});
});
