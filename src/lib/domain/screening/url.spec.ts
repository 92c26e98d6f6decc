import { describe, expect, it } from 'vitest';
import { evidence, rules } from './spec-helpers.js';

describe('links', () => {
	it.each([
		['go on www.coolgames.com now', 'www.coolgames.com', 'url.link'],
		['look https://www.youtube.com/watch?v=abc ok', 'https://www.youtube.com/watch?v=abc', 'url.link'],
		['play poki.com.', 'poki.com', 'url.link'],
		['go on cool games dot com', 'games dot com', 'url.spelled'],
		['poki (dot) com', 'poki (dot) com', 'url.spelled']
	])('finds %j', (text, expected, rule) => {
		expect(evidence(text, 'url')).toEqual([expected]);
		expect(rules(text)).toContain(rule);
	});

	it('lets approved domains and their sub-domains through', () => {
		expect(evidence('see bbc.co.uk/bitesize', 'url')).toEqual([]);
		expect(evidence('see www.bbc.co.uk', 'url')).toEqual([]);
		expect(evidence('go on purplemash.com', 'url')).toEqual([]);
	});

	it.each(['e.g. cats', 'i.e. dogs', 'it was fun.the end', 'pi is 3.14', 'did.it'])('leaves %j alone', (text) => {
		expect(evidence(text, 'url')).toEqual([]);
	});
});

describe('a spaced dot before an ending', () => {
	it('leaves talk about endings alone', () => {
		expect(evidence('a .com address is for companies', 'url')).toEqual([]);
		expect(evidence('the .co.uk ones are british', 'url')).toEqual([]);
	});

	it('still joins a disguised link', () => {
		expect(evidence('go on freegems . com', 'url')).not.toEqual([]);
	});
});

describe('a link shortener spelt out', () => {
	it.each(['tiny url slash cats123', 'goo dot gl / xyz99'])('finds %j', (text) => {
		expect(rules(text)).toContain('url.spelled');
	});

	it.each(['the bit slash the end', 'use a slash / between the numbers'])('leaves %j alone', (text) => {
		expect(evidence(text, 'url')).toEqual([]);
	});
});
