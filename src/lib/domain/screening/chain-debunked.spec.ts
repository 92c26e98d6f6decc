// A chain message told about as fake, or picked apart in a lesson, is not one being sent on;
// one that insists it is real still is. Every sentence was written for this spec (none is a
// corpus, training or dev line).

import { describe, expect, it } from 'vitest';
import { screenText } from './screen.js';

const TOLD_AS_FAKE: readonly string[] = [
	'my cousin got one that said forward this to 15 friends or a clown will visit your room. its fake dont worry',
	'the assembly on chain letters said if it says pass this to 5 people or bad luck, bin it'
];

const STILL_SENT_ON: readonly string[] = [
	'send this to 10 people or you will have bad luck, its not fake',
	'forward this to 20 friends before midnight, this is real not made up by anyone'
];

describe('chain messages told about', () => {
	for (const text of TOLD_AS_FAKE) {
		it(`passes "${text}"`, () => {
			expect(screenText(text).findings.filter((f) => f.kind === 'chain')).toEqual([]);
		});
	}
	for (const text of STILL_SENT_ON) {
		it(`still holds "${text}"`, () => {
			expect(screenText(text).findings.map((f) => f.kind)).toContain('chain');
		});
	}
});
