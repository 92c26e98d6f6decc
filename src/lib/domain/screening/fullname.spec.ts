import { describe, expect, it } from 'vitest';
import { screenText } from './screen.js';
import { evidence, rules, SCHOOL } from './spec-helpers.js';

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

	it.each(['Amira Khan was a famous boxer', 'amira khan is a world famous painter', 'the explorer Amira Khan sailed south', 'Khan, Amira was born in 1942'])(
		'leaves a famous person sharing a pupil’s name alone: %j',
		(text) => {
			expect(evidence(text, 'fullname')).toEqual([]);
		}
	);

	it('still finds the pupil when nothing says the name is a famous person’s', () => {
		expect(evidence('Amira Khan scored 2 goals', 'fullname')).toEqual(['Amira Khan']);
		expect(evidence('Amira Khan was at the park', 'fullname')).toEqual(['Amira Khan']);
		expect(evidence('Amira Khan is the best at spelling', 'fullname')).toEqual(['Amira Khan']);
	});

	it('has no roster without a context', () => {
		expect(screenText('Amira Khan').verdict).toBe('allow');
	});
});

describe('a pupil name inside an email or a handle', () => {
	it.each([
		['amira.khan.12@gmail.com', 'email'],
		['snap: oliver_smith_09', 'social']
	])('is reported as the %j it is part of', (text, kind) => {
		expect(screenText(text, SCHOOL).findings.map((f) => f.kind)).toEqual([kind]);
	});

	it('is still a full name when it stands on its own beside one', () => {
		const kinds = screenText('Amira Khan is my friend, her snap is sunny_fox_21', SCHOOL).findings.map((f) => f.kind);
		expect(kinds).toEqual(['fullname', 'social']);
	});
});
