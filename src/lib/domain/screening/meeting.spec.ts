import { describe, expect, it } from 'vitest';
import { screenText } from './screen.js';
import { evidence, rules } from './spec-helpers.js';

describe('arranging to meet', () => {
	it.each([
		['meet me at the park after school', 'meet me at the park after', 'meeting.meet-up'],
		['lets meet up on saturday', 'lets meet up', 'meeting.meet-up'],
		['can you come round to mine later', 'come round to mine', 'meeting.come-round'],
		['where do you live?', 'where do you live', 'meeting.ask-where'],
		['send me a picture of yourself', 'send me a picture of yourself', 'meeting.ask-photo'],
		['are you home alone', 'are you home alone', 'meeting.home-alone'],
		['m e e t me at the park', 'm e e t me at the park', 'meeting.meet-up']
	])('finds %j', (text, expected, rule) => {
		expect(evidence(text, 'meeting')).toEqual([expected]);
		expect(rules(text)).toContain(rule);
	});

	it('raises the safeguarding meeting alert', () => {
		expect(screenText('meet me at the park').alerts).toEqual({ meeting: true, secrecy: false });
	});

	it.each([
		'meet the author', 'nice to meet you', 'we met a dinosaur', 'it was lovely to meet you mr jones',
		'we meet in the hall for assembly', 'i cant wait to meet you at the book fair', 'we will meet the mayor on tuesday'
	])('leaves %j alone', (text) => {
		expect(evidence(text, 'meeting')).toEqual([]);
	});
});
