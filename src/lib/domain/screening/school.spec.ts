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

describe('the school named the ways children tell it', () => {
	const BROOKFIELD: ScreeningContext = { ...SCHOOL, schoolName: 'Brookfield Primary School', schoolTown: 'Kendal', teacherNames: ['Mrs Adebayo'] };

	it.each([
		["i go to St Wilfrid's in Appleby", 'school.any-named'],
		['we are in yr 6 at st bedes in whitby', 'school.any-named'],
		['im in class 4 at brookfield', 'school.named'],
		['were year 6s at brookfield', 'school.named'],
		['i go to brook field, its in kendal', 'school.named'],
		['in year 3 at brookfield primary', 'school.named'],
		["i go to st aidan's, its in carlisle", 'school.any-named']
	])('finds %j', (text, rule) => {
		expect(evidence(text, 'school', BROOKFIELD)).not.toEqual([]);
		expect(rules(text, BROOKFIELD)).toContain(rule);
	});

	it.each([
		'year 6 at brookfield won the quiz',
		"we go to st mary's church in kendal",
		'i go to st helens in the summer to see my gran',
		'i go to st albans to visit my cousin',
		'we went to st pauls in london on the trip',
		'i go to st marys in leeds every sunday',
		'we go to st helens, its in merseyside'
	])('leaves %j alone', (text) => {
		expect(evidence(text, 'school', BROOKFIELD)).toEqual([]);
	});
});

describe('a school the context does not know, told by what it is called or where a year group is', () => {
	it.each([
		['my school is called Thornbury and its in Rugby', 'my school is called Thornbury and its in Rugby'],
		['i go to a school called Fernlea in Crewe', 'go to a school called Fernlea in Crewe'],
		['were in year 3 at Fernlea in Crewe', 'year 3 at Fernlea in Crewe'],
		['our school is called Thornbury, im in year 2', 'our school is called Thornbury']
	])('finds %j', (text, expected) => {
		expect(evidence(text, 'school', OAKFIELD)).toEqual([expected]);
		expect(rules(text, OAKFIELD)).toContain('school.any-named');
	});

	it.each([
		'im in year 4 at cubs in crewe',
		'im in year 6 at school in rugby',
		'the school in my story is called Thornbury',
		'were in year 3 at the pool in crewe',
		'i go to thornbury in the holidays'
	])('leaves %j alone', (text) => {
		expect(evidence(text, 'school', OAKFIELD)).toEqual([]);
	});
});
