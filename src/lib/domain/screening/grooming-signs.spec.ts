// Grooming as a child reports it, or as an adult asks it sideways (grooming-signs.ts and the
// widened wordings in grooming.ts). Every sentence was written for this spec (none is a
// corpus, training or dev line); each shape is tried from both sides: a message it must hold
// as urgent grooming, and an innocent twin that must pass.

import { describe, expect, it } from 'vitest';
import { screenText } from './screen.js';
import { itHoldsEachAndPassesItsTwin, type HeldPair } from './spec-helpers.js';

const PAIRS: readonly HeldPair[] = [
	['grooming.age', 'this guy on fortnite told me im so mature for my age', 'my nan told me im so mature for my age because i help with the baby'],
	['grooming.age', 'she says im grown up for my age and shes 19', 'the coach says im grown up for my age because i shake hands'],
	['grooming.age', 'you dont talk like a ten year old', 'you dont talk much in class'],
	['grooming.photo', 'someone asked me for pics of my legs', 'someone asked me for pics of my drawing'],
	['grooming.photo', 'he wants to know my bra size', 'my mum is taking me to buy school shoes in my size'],
	['grooming.photo', 'send me a selfie, only if you send one back though', 'send me the worksheet and ill send one back'],
	['grooming.photo', 'i wanna see you when we chat', 'i wanna see you at the park with your dad'],
	['grooming.photo', 'wot r u wearing', 'wot r u doing'],
	['grooming.alone', 'he says to facetime him when my parents are in bed', 'my mum says i can facetime nan when she gets home'],
	['grooming.private-app', 'lets use snapchat so the photos vanish', 'we made a slideshow app so the photos change'],
	['grooming.flattery-secret', 'hey sweetie what year are u in', 'what year are you in? im in year 4']
];

describe('grooming as a child reports it', () => {
	itHoldsEachAndPassesItsTwin(PAIRS, { findsBy: 'rule', severity: 'urgent' });

	it('leaves the same asks in an e-safety lesson alone', () => {
		expect(screenText('we learned that if someone asks for pictures of your feet you tell a grown up').findings).toEqual([]);
		expect(screenText('miss said never use apps so the pics disappear').findings).toEqual([]);
	});
});
