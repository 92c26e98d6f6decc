// Rules that stand down on a frame or a kind reason found in round 8's fresh innocent messages:
// a threat in a story character's mouth (the quote frame, speaking.ts), a promise kept about a
// present bought for someone (secrecy's kind surprise), and a football score against a saint's
// school read as a street (address.ts). Each sentence was written for this spec; the same words
// said to the reader, or a real street, are still caught.

import { describe, expect, it } from 'vitest';
import { itHoldsEachAndPassesItsTwin } from './spec-helpers.js';
import { screenText } from './screen.js';

describe('a threat in a character’s mouth', () => {
	itHoldsEachAndPassesItsTwin(
		[
			['threat.warning', 'you will regret this, i mean it', 'in our play the witch shouted "you will regret this, children"'],
			['threat.warning', 'watch your back tomorrow', 'the ogre growled "watch your back, little goat" and the goat ran'],
			['threat.after-school', 'ill get you after school', 'in my comic the bad guy says "ill get you after school" to the hero']
		],
		{ findsBy: 'rule' }
	);
});

describe('a present kept quiet', () => {
	itHoldsEachAndPassesItsTwin(
		[
			['secrecy.promise', 'promise not to tell your mum what we got up to', 'promise not to tell mum what we got her, its a bath bomb'],
			['secrecy.dont-tell', 'dont tell your dad what i showed you', 'dont tell your dad what i made him at school, its a mug']
		],
		{ findsBy: 'rule' }
	);
});

describe('a score against a saint’s school', () => {
	it('passes a match result before "St"', () => {
		expect(screenText('we drew 3-1 with st johns on saturday').findings).toEqual([]);
		expect(screenText('beat them 5-0 against St Peters, best game ever').findings).toEqual([]);
	});
	it('still blocks a house number and a street', () => {
		expect(screenText('come round mine, its 3 kings st').verdict).toBe('block');
		expect(screenText('i live at 12 church st').verdict).toBe('block');
	});
});
