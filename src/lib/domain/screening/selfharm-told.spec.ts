// Self-harm told in everyday words (selfharm-told.ts): not waking up wished for, the child as a
// burden, a way to die asked about, a hurt made deliberate or covered, food refused with a goal,
// and goodbyes with a bequest. Every sentence was written for this spec (none is a corpus,
// training or dev line), and each shape is tried from both sides: a message it must hold as
// urgent self-harm, and an innocent twin that must pass.

import { describe } from 'vitest';
import { itHoldsEachAndPassesItsTwin, type HeldPair } from './spec-helpers.js';

const PAIRS: readonly HeldPair[] = [
	// Not waking up, not minding dying, death pretended for the peace.
	['selfharm.not-alive', 'some nights i wish i never woke up again', 'some nights i wish i never woke up so early for swimming'],
	['selfharm.not-alive', 'my plan is to never wake up', 'my plan is to build a den in the woods'],
	['selfharm.not-alive', 'honestly i wouldnt mind dying', 'honestly i wouldnt mind dyeing my hair blue'],
	['selfharm.not-alive', 'i pretend im dead under the covers and it feels calm', 'i pretend im a cat under the covers and it feels cosy'],
	['selfharm.not-alive', 'imagine if i just disappeared. im serious', 'imagine if i just won the lottery. id buy a horse'],
	// The child as a burden.
	['selfharm.burden', 'im just a burden to my family', 'my big bag is a burden to carry up the hill'],
	['selfharm.burden', 'if i wasnt around my dad could relax', 'if i wasnt around on friday my dad could take me later'],
	['selfharm.burden', 'every1 wud b better off if i wasnt alive', 'every1 was better at singing than me in the choir'],
	['selfharm.burden', 'if i died would anybody even notice', 'if i got a new haircut would anybody even notice'],
	['selfharm.burden', 'i made a list of reasons to keep going and couldnt think of one', 'i made a list of reasons to keep a pet and thought of ten'],
	['selfharm.burden', 'they all told me things would get better but it never did', 'they all told me my times table would get better and it did'],
	// A way to die asked about, walked into, written down.
	['selfharm.plain', 'if i swallow all the tablets in the cupboard would it kill me', 'if i swallow the pips of an apple will a tree grow in me'],
	['selfharm.plain', 'im saving up my tablets so i can have them all at once', 'im saving up my pocket money so i can buy it all at once'],
	['selfharm.plain', 'i want to walk into the sea and just keep going', 'i want to walk along the sea wall and get chips'],
	['selfharm.plain', 'i sat on the edge of the roof and thought about falling', 'i sat on the edge of my bed and thought about my spellings'],
	['selfharm.plain', 'ive written my suicide note already', 'ive written my thank you note already'],
	['selfharm.plain', 'wanna die honestly', 'wanna draw honestly'],
	// A hurt made deliberate, or covered.
	['selfharm.on-purpose', 'i burn my fingers with a lighter at night', 'i warm my fingers by the fire at night'],
	['selfharm.on-purpose', 'i hit my head on the wall over and over. i deserve it', 'i won the race in the end. i deserve it'],
	['selfharm.on-purpose', 'i wear a hoodie even in the summer and i wont say why', 'i wear a hoodie even in the summer because i love it'],
	['selfharm.on-purpose', 'i told my teacher it was an accident but it wasnt', 'i told my teacher the answer but it was wrong'],
	['selfharm.on-purpose', 'how do you hide the cuts on your arms', 'how do you hide the eggs for the easter hunt'],
	// Food refused with a goal.
	['selfharm.not-eating', 'zero calories again today', 'zero goals again today for our team'],
	['selfharm.not-eating', 'my dad thinks im eating my lunch but i give it away', 'my dad thinks im bringing my lunch but i forgot it'],
	['selfharm.not-eating', 'i hid my tea behind the sofa when no one was looking', 'i hid my brothers shoes behind the sofa for a laugh'],
	// Goodbyes with a bequest, or a last message.
	['selfharm.farewell', 'keep it forever and remember me', 'keep it safe and give it back on monday'],
	['selfharm.farewell', 'if anything happens to me can you feed my rabbit', 'if it rains at break can you feed my rabbit'],
	['selfharm.farewell', 'i want u to have my switch, ive written it down', 'i want u to have my number, ive written it down in your book'],
	['selfharm.farewell', 'this is my final post here. thanks for everything', 'this is my final answer. thanks for asking'],
	['selfharm.farewell', 'please dont forget me, i wont be coming back', 'please dont forget your coat, it is cold out']
];

describe('self-harm told in everyday words', () => {
	itHoldsEachAndPassesItsTwin(PAIRS, { findsBy: 'rule', severity: 'urgent' });
});
