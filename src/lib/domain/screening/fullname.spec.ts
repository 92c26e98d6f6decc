import { describe, expect, it } from 'vitest';
import { screenText } from './screen.js';
import { evidence, rules } from './spec-helpers.js';

describe('roster full names', () => {
	it.each([
		['Amira Khan is my friend', 'Amira Khan'],
		['amira khan is my friend', 'amira khan'],
		["well done Grace O'Neill!", "Grace O'Neill"],
		['Grace O Neill', 'Grace O Neill'],
		['lily mae jones', 'lily mae jones'],
		['Ruby Brown', 'Ruby Brown'],
		['am\u0456ra khan', 'am\u0456ra khan']
	])('finds %j', (text, expected) => {
		expect(evidence(text, 'fullname')).toEqual([expected]);
	});

	it('finds surname-first names written with a comma', () => {
		expect(evidence('Khan, Amira', 'fullname')).toEqual(['Khan, Amira']);
		expect(rules('Khan, Amira')).toContain('fullname.roster-reversed');
	});

	it.each(['Oliver said hi', 'Amira is kind', 'ruby brown shoes are nice', 'I like the colour brown'])('leaves %j alone', (text) => {
		expect(evidence(text, 'fullname')).toEqual([]);
	});

	it('has no roster without a context', () => {
		expect(screenText('Amira Khan').verdict).toBe('allow');
	});
});
