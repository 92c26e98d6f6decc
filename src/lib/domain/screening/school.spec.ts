import { describe, expect, it } from 'vitest';
import { evidence, rules, SCHOOL } from './spec-helpers.js';
import type { ScreeningContext } from './types.js';

const OAKFIELD: ScreeningContext = { ...SCHOOL, schoolName: 'Oakfield Primary School', schoolTown: 'Leeds', teacherNames: ['Mrs Patel'] };

describe('a school the context does not know, named with its town', () => {
	it.each([
		['i go to st josephs in leeds', 'go to st josephs in leeds'],
		['my school is brookside primary in harrogate', 'my school is brookside primary in harrogate']
	])('finds %j', (text, expected) => {
		expect(evidence(text, 'school', OAKFIELD)).toEqual([expected]);
		expect(rules(text, OAKFIELD)).toContain('school.any-named');
	});

	it.each(['we go to st annes church in leeds', 'my school is the best school in the world', 'i go to st marys'])('leaves %j alone', (text) => {
		expect(evidence(text, 'school', OAKFIELD)).toEqual([]);
	});
});
