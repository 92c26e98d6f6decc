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
	// How to vanish for good, asked.
	['selfharm.run-away', 'how can a kid run away so nobody ever finds them', 'how can a kid run away from a wasp without getting stung'],
	// The child as a burden.
	['selfharm.burden', 'im just a burden to my family', 'my big bag is a burden to carry up the hill'],
	['selfharm.burden', 'if i wasnt around my dad could relax', 'if i wasnt around on friday my dad could take me later'],
	['selfharm.burden', 'every1 wud b better off if i wasnt alive', 'every1 was better at singing than me in the choir'],
	['selfharm.burden', 'if i died would anybody even notice', 'if i got a new haircut would anybody even notice'],
	['selfharm.burden', 'i made a list of reasons to keep going and couldnt think of one', 'i made a list of reasons to keep a pet and thought of ten'],
	['selfharm.burden', 'they all told me things would get better but it never did', 'they all told me my times table would get better and it did'],
	['selfharm.burden', 'im such a nuisance to you all', 'the wasp was such a nuisance to us all at the picnic'],
	// A way to die asked about, walked into, written down.
	['selfharm.plain', 'if i swallow all the tablets in the cupboard would it kill me', 'if i swallow the pips of an apple will a tree grow in me'],
	['selfharm.plain', 'im saving up my tablets so i can have them all at once', 'im saving up my pocket money so i can buy it all at once'],
	['selfharm.plain', 'i want to walk into the sea and just keep going', 'i want to walk along the sea wall and get chips'],
	['selfharm.plain', 'i sat on the edge of the roof and thought about falling', 'i sat on the edge of my bed and thought about my spellings'],
	['selfharm.plain', 'ive written my suicide note already', 'ive written my thank you note already'],
	['selfharm.plain', 'wanna die honestly', 'wanna draw honestly'],
	['selfharm.plain', 'if i climb the big tree in the park and jump off would i be dead', 'if i climb the big tree in the park would i see our house'],
	[
		'selfharm.plain',
		'there is paracetamol in the kitchen what happens if i take the whole box',
		'there is cake in the kitchen what happens if i eat the whole thing'
	],
	['selfharm.plain', 'dads painkillers are in his van, i found out where he keeps them now', 'dads tools are in his van, i found out where he keeps them now'],
	['selfharm.plain', 'when i cross the road i dont look on purpose any more', 'when i cross the road i always look both ways'],
	['selfharm.plain', 'stepping off the roof is all i can think about', 'the school disco is all i can think about'],
	['selfharm.plain', 'i keep thinking sewer slide is the answer', 'i keep thinking the slide at the park is too steep'],
	['selfharm.plain', 'i wrote a song about hurting myself', 'i wrote a song about my hamster'],
	['selfharm.plain', 'at the top of the flats i stood and thought about jumping', 'at the top of the flats you can see the whole town'],
	// A hurt made deliberate, or covered.
	['selfharm.on-purpose', 'i burn my fingers with a lighter at night', 'i warm my fingers by the fire at night'],
	['selfharm.on-purpose', 'i hit my head on the wall over and over. i deserve it', 'i won the race in the end. i deserve it'],
	['selfharm.on-purpose', 'i wear a hoodie even in the summer and i wont say why', 'i wear a hoodie even in the summer because i love it'],
	['selfharm.on-purpose', 'i told my teacher it was an accident but it wasnt', 'i told my teacher the answer but it was wrong'],
	['selfharm.on-purpose', 'how do you hide the cuts on your arms', 'how do you hide the eggs for the easter hunt'],
	['selfharm.on-purpose', 'i press my nails on my arm until it lets the bad feelings out', 'i draw on my arm with felt tips until it looks like a tattoo'],
	['selfharm.on-purpose', 'can i borrow a long sleeved top so nobody can see', 'can i borrow a long sleeved top, im freezing'],
	['selfharm.on-purpose', 'i put my wristbands on so people wont stare', 'i put my wristbands on so i look like a tennis player'],
	['selfharm.on-purpose', 'its not a dog scratch. i just say that is what i told people', 'its a long walk to the dog park from my house'],
	['selfharm.on-purpose', 'been doing s/h again at night', 'been doing spellings again at night'],
	// Food refused with a goal.
	['selfharm.not-eating', 'zero calories again today', 'zero goals again today for our team'],
	['selfharm.not-eating', 'my dad thinks im eating my lunch but i give it away', 'my dad thinks im bringing my lunch but i forgot it'],
	['selfharm.not-eating', 'i hid my tea behind the sofa when no one was looking', 'i hid my brothers shoes behind the sofa for a laugh'],
	['selfharm.not-eating', 'im going pro ana this summer', 'im going to be a pro footballer this summer'],
	['selfharm.not-eating', 'not eating is my plan now', 'a picnic is my plan now'],
	['selfharm.not-eating', 'no dinner for me from now on', 'no phone for me from now on, im grounded'],
	['selfharm.not-eating', 'my lunch is only water these days', 'my lunch is only cheese sandwiches these days'],
	// Goodbyes with a bequest, or a last message.
	['selfharm.farewell', 'keep it forever and remember me', 'keep it safe and give it back on monday'],
	['selfharm.farewell', 'if anything happens to me can you feed my rabbit', 'if it rains at break can you feed my rabbit'],
	['selfharm.farewell', 'i want u to have my switch, ive written it down', 'i want u to have my number, ive written it down in your book'],
	['selfharm.farewell', 'this is my final post here. thanks for everything', 'this is my final answer. thanks for asking'],
	['selfharm.farewell', 'please dont forget me, i wont be coming back', 'please dont forget your coat, it is cold out'],
	['selfharm.farewell', 'tell my dad im sorry. goodbye', 'tell my dad im at grans. goodbye'],
	['selfharm.farewell', 'ur the best mate i ever had. goodbye forever', 'ur the best mate i ever had. thanks for the sweets'],
	['selfharm.farewell', 'my piggy bank is for my sister so she has something from me after', 'my piggy bank is for my sister so she can buy a comic'],
	['selfharm.farewell', 'ive left notes for my friends for when im not around', 'ive left snacks for my friends in the den'],
	['selfharm.farewell', 'if im not in tomorrow please dont worry its for the best', 'if im not in tomorrow please tell miss i have a cold'],
	['selfharm.farewell', 'i want you all to remember me as someone kind', 'i want you all to sign my shirt']
];

describe('self-harm told in everyday words', () => {
	itHoldsEachAndPassesItsTwin(PAIRS, { findsBy: 'rule', severity: 'urgent' });
});
