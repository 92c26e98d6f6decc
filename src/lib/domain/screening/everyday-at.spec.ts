// The everyday "at" that the link view reads as an "@": "she laughed at me", "don't @ me",
// "it's at purplemash.com". None of these is a mailbox; an address made up like one still is.
// Every sentence was written for this spec (none is a corpus, training or dev line).

import { describe, expect, it } from 'vitest';
import { screenText } from './screen.js';

const EVERYDAY: readonly string[] = [
	'my dog barked at me when i got home',
	'stop throwing paper at me!! 😂',
	'pizza with sweetcorn is the best, dont @ me',
	"It's at topmarks.co.uk under the maths games",
	"that's at coolmathgames.com if you want to play at home"
];

const ADDRESSES: readonly string[] = ['my email is jo.b2014@me', 'its sam_2015 @ me', 'its mia2014 at gmail.com', 'email me its jakeb at gmail dot com'];

describe('the everyday at', () => {
	for (const text of EVERYDAY) {
		it(`finds no email in "${text}"`, () => {
			expect(screenText(text).findings.filter((f) => f.kind === 'email')).toEqual([]);
		});
	}
	for (const text of ADDRESSES) {
		it(`still finds the email in "${text}"`, () => {
			expect(screenText(text).findings.map((f) => f.kind)).toContain('email');
		});
	}
});
