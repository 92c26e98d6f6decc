// secrecy.need-not-know (secrecy-hush.ts): a grown-up written out of what is happening is held, and
// beside a meet-up it pages, as meeting plus secrecy should; a surprise, a lesson's rule and a
// grown-up who only needs to know something later pass. Every sentence was written for this spec.

import { describe, expect, it } from 'vitest';
import { screenText } from './screen.js';
import { itHoldsEachAndPassesItsTwin, rules, type HeldPair } from './spec-helpers.js';

const HELD: readonly HeldPair[] = [
	['secrecy.need-not-know', 'your nan doesnt need to know we chat on here', 'your nan needs to know we chat on here about her party'],
	['secrecy.need-not-know', 'your mum doesnt have to know about the pictures', 'your mum has to know about the trip, the letter is in your bag'],
	['secrecy.need-not-know', 'no need to tell your mum about the game we play', 'no need to tell me about the game you play, i know it'],
	['secrecy.need-not-know', 'what your parents dont know wont hurt them lol', 'what your parents know about dinosaurs wont fill a page lol'],
	['secrecy.need-not-know', 'the teachers dont need to find out about it ok', 'the teachers need to find out who won the quiz ok']
];

const PAGED: readonly string[] = [
	'meet me at the park tonight, ur parents dont need to know',
	'come to the bus station at 8, your mum doesnt have to know',
	'see you at the canal after tea, no need to tell your dad'
];

const LEFT: readonly string[] = [
	'the surprise party is on saturday, your mum doesnt need to know yet',
	'in e-safety we learned that if someone says your parents dont need to know, tell an adult straight away'
];

describe('a grown-up written out (secrecy.need-not-know)', () => {
	itHoldsEachAndPassesItsTwin(HELD, { findsBy: 'rule', severity: 'alert' });

	it.each(PAGED)('pages the safeguarding lead for a meet-up kept from a grown-up: %j', (text) => {
		const result = screenText(text);
		expect(result.verdict).toBe('block');
		expect(result.severity).toBe('urgent');
		expect(rules(text)).toContain('secrecy.need-not-know');
	});

	it.each(LEFT)('leaves a surprise or a lesson rule alone: %j', (text) => {
		expect(screenText(text).findings).toEqual([]);
	});
});
