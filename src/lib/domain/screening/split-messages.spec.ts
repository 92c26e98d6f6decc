import { describe, expect, it } from 'vitest';
import { createScreener } from './screen.js';
import { SCHOOL } from './spec-helpers.js';

const screener = createScreener(SCHOOL);
const rulesOf = (text: string, recent: string[]): string[] => screener.screen(text, recent).findings.map((f) => f.rule);

describe('a postcode or an email sent in pieces across messages', () => {
	it.each([
		['4DL', ['our postcode is LA9'], 'postcode.split-messages'],
		['2HX', ['hi', 'CA1'], 'postcode.split-messages'],
		['@hotmail.co.uk', ['ruby.k2013'], 'email.split-messages'],
		['at gmail dot com', ['its zac_h2014'], 'email.split-messages']
	])('finds %j after %j', (text, recent, rule) => {
		expect(rulesOf(text, recent)).toContain(rule);
	});

	it('points at this message only, from its start', () => {
		const [finding] = screener.screen('4DL', ['LA9']).findings;
		expect(finding).toMatchObject({ kind: 'postcode', start: 0, end: 3 });
	});

	it.each([
		['3rd place', ['I came b2']],
		['2pm', ['see u at m6']],
		['@ 3 ok', ['meet me']],
		['gmail is down', ['my mum uses']],
		['at home', ['ruby2015']],
		['5 ab', ['we were in s2']]
	])('leaves %j after %j alone', (text, recent) => {
		expect(rulesOf(text, recent).filter((r) => r.endsWith('split-messages'))).toEqual([]);
	});

	it('does not report again a detail already whole in an earlier message', () => {
		expect(rulesOf('see you soon', ['my postcode is LA9 4DL'])).toEqual([]);
	});
});
