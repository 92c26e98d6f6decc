// Banter taken back warmly in the same message ("love you really", "in a good way") is not a
// put-down; a bare "jk" or "no offence" does not take an insult back, since children tack those
// onto real ones. Every sentence was written for this spec (none is a corpus, training or dev line).

import { describe, expect, it } from 'vitest';
import { screenText } from './screen.js';

const TAKEN_BACK: readonly string[] = [
	'you absolute muppet you forgot your own birthday 😂 love you really',
	'ur such a nerd you know all the capitals (in a good way)',
	'you are such a nerd, its a compliment, nobody else knows what a tardigrade is'
];

const STILL_UNKIND: readonly string[] = ['you absolute muppet jk', 'ur such a loser no offence', 'you are such a nerd nobody likes you'];

describe('banter taken back', () => {
	for (const text of TAKEN_BACK) {
		it(`passes "${text}"`, () => {
			expect(screenText(text).findings.filter((f) => f.kind === 'unkind')).toEqual([]);
		});
	}
	for (const text of STILL_UNKIND) {
		it(`still holds "${text}"`, () => {
			expect(screenText(text).findings.map((f) => f.kind)).toContain('unkind');
		});
	}
});
