import { describe, expect, it } from 'vitest';
import { isMisspeltAs } from './school-clues.js';
import { rules, SCHOOL } from './spec-helpers.js';
import type { ScreeningContext } from './types.js';

// A school none of the development files use, so these wordings test the shape, not a file.
const HAZELWOOD: ScreeningContext = {
	...SCHOOL,
	schoolName: 'Hazelwood Primary School',
	schoolTown: 'Penrith',
	teacherNames: ['Mr Carver', 'Miss Oduya']
};

const schoolRules = (text: string): string[] => rules(text, HAZELWOOD).filter((r) => r.startsWith('school.'));

describe('the school name as children type it, with a second clue', () => {
	it.each([
		'yr 5 hazelwod, penrith 😎',
		'hazelwoood penrith yr 3 🙌',
		'hazlewood prim, year 6 leavers',
		'im in yr 4 at h wood',
		'HPS penrith 💪',
		'h.w.p. in penrith, mr carvers class',
		'hazelwud in P-E-N-R-I-T-H lol'
	])('finds %j', (text) => {
		expect(schoolRules(text)).toContain('school.name-variant');
	});

	it.each([
		'hazelnuts are my favourite snack, im in year 5',
		'i go to hazelwood primary school',
		'h wood is a letter and a word',
		'we played hps in the match and lost',
		'never say you are in year 5 at hazelwod'
	])('leaves %j alone', (text) => {
		expect(schoolRules(text)).toEqual([]);
	});
});

describe('the school told by its town and a second clue', () => {
	it.each([
		'our school is the one in Penrith next to the leisure centre',
		"look for the kids in maroon jumpers when you're in Penrith, that's us",
		'my school is in penrith and my teacher is miss oduya',
		'we are the year 3s at the penrith school with the big green gates',
		'red jumpers, Penrith, Mr Carver. you work it out'
	])('finds %j', (text) => {
		expect(schoolRules(text)).toContain('school.described');
	});

	it.each([
		'our school is the best school in penrith',
		'we went to penrith castle with mr carver on the trip',
		'penrith is a town in cumbria with a red castle',
		'mr carver said year 6 can have extra play',
		'in topic our class made a map of penrith next to the river',
		'my cousin goes to the school by the tesco in penrith',
		'the primary school near my nans in penrith has a pond'
	])('leaves %j alone', (text) => {
		expect(schoolRules(text)).toEqual([]);
	});
});

describe("the child's year group in a named teacher's class", () => {
	it.each(["I'm in year 2 in Miss Oduya's class, I've got a pink coat", 'were yr 5, mr carvers room, by the hall'])('finds %j', (text) => {
		expect(schoolRules(text)).toContain('school.class-teacher');
	});

	it.each([
		"i love being in Miss Oduya's class",
		'Dear Mr Carver, can I be a reading buddy for the year 1s?',
		"year 6 in Mr Carver's class are doing the play"
	])('leaves %j alone', (text) => {
		expect(schoolRules(text)).toEqual([]);
	});
});

describe('a misspelling of the town or the name', () => {
	it.each([
		['kendle', 'kendal', true],
		['kendell', 'kendal', true],
		['kindle', 'kendal', false],
		['brookfld', 'brookfield', true],
		['brookfeild', 'brookfield', true],
		['brooklands', 'brookfield', false],
		['kendal', 'kendal', false]
	])('%j as %j is %j', (word, target, expected) => {
		expect(isMisspeltAs(word, target)).toBe(expected);
	});
});

describe('a school the context does not know, told by its town and a second clue', () => {
	const described = (text: string): string[] => rules(text).filter((r) => r === 'school.described');

	it.each([
		'our school is the one in Wigan next to the big Tesco',
		'my school is in Wigan and my teacher is Mrs Hart',
		'im in year 4 at the primary in Bolton with the red gates',
		'we wear purple jumpers and our school is in Crewe'
	])('finds %j', (text) => {
		expect(described(text)).toEqual(['school.described']);
	});

	it.each([
		'our school is the best school in Wigan',
		'our school went to the museum in Leeds next to the river',
		'my school is in Year 5 next to the hall',
		'my teacher is Mrs Hart and our school is in the town',
		'our school is in wigan next to the park'
	])('leaves %j alone', (text) => {
		expect(described(text)).toEqual([]);
	});
});
