// Lesson material told back: a pretend chat the class picked apart, a quiz question, a film
// watched in PSHE, a child's e-safety leaflet or a diary written as a character. Its secrets,
// meet-ups and offers for photos are examples, not requests, so it raises no finding, and
// above all no urgent alert. Every sentence was written for this spec (none is a corpus,
// training or dev line); the same requests said to the reader, without the lesson frame,
// must still be held.

import { describe, expect, it } from 'vitest';
import { screenText } from './screen.js';

const LESSON_MATERIAL: readonly string[] = [
	'in the pretend chat the red flags were asking for your address, saying its our secret and wanting to meet at the shops',
	'our job was to spot the warning signs in a pretend message: keep this secret, send me a pic, meet me at the park on saturday',
	'the film we watched in class showed a man offering free gems for a photo and the girl told her mum',
	'in the quiz a pretend friend asked for a selfie and said he was 12. the right answer was block and tell',
	'the lesson said people online might offer you game money to send pictures, and that is a trick',
	'here is my e-safety poster text: if someone says this is our secret, tell a grown up straight away',
	'my diary entry as a Victorian maid: I must keep a secret from the master, not even the cook may know',
	'stuff you should keep private online: your school, your birthday, your pictures and where you go to play',
	'we made a poster of the NSPCC pants rule for the year 1s, with a picture of pants on a washing line'
];

const STILL_HELD: readonly [string, string][] = [
	['secrecy', 'keep this secret, dont tell your mum about our chats'],
	['meeting', 'meet me at the park on saturday, just you'],
	['grooming', 'ill give you free gems if you send me a photo of you'],
	['secrecy', 'he keeps saying its our secret and not to tell my mum']
];

describe('lesson material told back', () => {
	for (const text of LESSON_MATERIAL) {
		it(`passes "${text}"`, () => {
			const result = screenText(text);
			expect(result.severity).not.toBe('urgent');
			expect(result.findings.map((f) => f.kind)).toEqual([]);
		});
	}
	for (const [kind, text] of STILL_HELD) {
		it(`still finds ${kind} in "${text}"`, () => {
			expect(screenText(text).findings.map((f) => f.kind)).toContain(kind);
		});
	}
});
