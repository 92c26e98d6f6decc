import { describe, expect, it } from 'vitest';
import { matchesOf, mayMatch, needsOfAny } from './pattern-needs.js';

// Patterns shaped like the detectors' own: look-behinds, optional pieces, narrow and wide
// classes, a long list of names, alternations at the top and inside, look-aheads.
const PLATFORMS = '(?:snap\\s?chat|snap|insta(?:gram)?|tik\\s?tok|roblox|minecraft|fortnite|discord|xbox|playstation|nintendo|switch|youtube)';
const SHAPES: readonly RegExp[] = [
	new RegExp(`\\b(?:add|follow|find)\\s+(?:me|us|my)\\s+(?:(?:up\\s+)?on|at|in)\\s+${PLATFORMS}\\b`, 'g'),
	new RegExp(`\\b${PLATFORMS}(?:\\s+(?:user\\s?name|name|id))?\\s*[:=]\\s*@?([a-z0-9_][a-z0-9_.#\\-]{2,29})`, 'g'),
	/(?<=[a-z0-9._-])\s+(?:at|at sign)\s+(?=[a-z0-9])/g,
	/(?<=[a-z0-9])\s*\.\s*(?=(?:com|co|uk)\b)/g,
	/(?<![a-z0-9_.@])@?([a-z0-9_.]*[a-z][a-z0-9_.]*[\d_.][a-z0-9_.]*)\s+on\s+(?:snap|insta)\b/g,
	/\bsw[- ]?\d{4}[- ]?\d{4}|\b(?:tag|id|code)\s*(?:is|:|=)?\s*#[0-9a-z]{5,10}\b/g
];

// Texts made from the pieces those patterns are built of, so that many of them match.
const PIECES = [
	'add me',
	'follow us',
	'find my',
	'up on',
	'on snap',
	'at insta',
	'sam_k1 on',
	'add',
	'me',
	'us',
	'on',
	'at',
	'up',
	'in',
	'snap',
	'insta',
	'gram',
	'roblox',
	'sam_k1',
	'a.b',
	'com',
	'co',
	'uk',
	'id',
	'tag',
	'is',
	'#ab12c',
	'sw',
	'1234',
	'name',
	'user',
	':',
	'=',
	'.',
	'-',
	'@',
	' ',
	' ',
	' '
];

function* texts(count: number): Generator<string> {
	// A fixed linear congruential sequence (32-bit, so no precision is lost): the same texts on every run.
	let seed = 12345;
	const next = (n: number): number => {
		seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
		return (seed >>> 8) % n;
	};
	for (let i = 0; i < count; i += 1) {
		let text = '';
		const length = 2 + next(12);
		for (let k = 0; k < length; k += 1) text += PIECES[next(PIECES.length)] + (next(3) === 0 ? '' : ' ');
		yield text;
	}
}

describe('cheap tests derived from a pattern', () => {
	it('passes every text its pattern matches (20,000 texts built from the patterns own pieces)', () => {
		const matched = SHAPES.map(() => 0);
		for (const text of texts(20_000))
			for (const [i, pattern] of SHAPES.entries()) {
				pattern.lastIndex = 0;
				if (!pattern.test(text)) continue;
				matched[i] = (matched[i] as number) + 1;
				expect(mayMatch(pattern, text), `${pattern.source} on ${JSON.stringify(text)}`).toBe(true);
			}
		// The texts reach every pattern often enough for the check to mean something.
		for (const count of matched) expect(count).toBeGreaterThan(30);
	});

	it('turns away ordinary words, so the long pattern is skipped', () => {
		const [invite, colon, spelt, dotted] = SHAPES as [RegExp, RegExp, RegExp, RegExp];
		expect(mayMatch(invite, 'i love playing roblox with my cousin')).toBe(false);
		expect(mayMatch(invite, 'add me on roblox')).toBe(true);
		expect(mayMatch(colon, 'my cat is called bob: he is 3')).toBe(false);
		expect(mayMatch(spelt, 'we looked at the map')).toBe(true);
		expect(mayMatch(spelt, 'we looked into the map')).toBe(false);
		expect(mayMatch(dotted, 'it was a good day')).toBe(false);
	});

	it('follows a widened pattern: a new branch is never skipped by the old test', () => {
		const narrow = /\b(?:add|follow)\s+me\s+on\s+(?:snap|insta)\b/g;
		const wide = /\b(?:add|follow)\s+me\s+on\s+(?:snap|insta)\b|\bmy\s+(?:snap|insta)\s+(?:user\s?name\s+)?is\s+[a-z0-9_.]{3,}/g;
		const text = 'my snap username is kit_2015';
		expect(mayMatch(narrow, text)).toBe(false);
		expect([...matchesOf(wide, text)].map((m) => m[0])).toEqual(['my snap username is kit_2015']);
	});

	it('gives one test for a list of patterns that any of their texts passes', () => {
		const any = needsOfAny(SHAPES.slice(2, 4));
		expect(any?.test('sam at gmail')).toBe(true);
		expect(any?.test('sam . com')).toBe(true);
		expect(any?.test('a sunny day')).toBe(false);
	});

	it('has no test for what it cannot read or what tells too little, and then always runs the pattern', () => {
		expect(needsOfAny([/(a)\1/g])).toBeNull();
		expect(needsOfAny([/[a-z]+\d+/g])).toBeNull();
		expect(needsOfAny([/cat/g, /[a-z]+/g])).toBeNull();
		expect(mayMatch(/[a-z]+\d+/g, 'abc1')).toBe(true);
		expect([...matchesOf(/[a-z]+\d/g, 'ab1 cd2')].map((m) => m[0])).toEqual(['ab1', 'cd2']);
	});
});
