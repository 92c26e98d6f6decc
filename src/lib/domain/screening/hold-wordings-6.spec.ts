// Round 6 of the hold wordings: self-harm with its words hidden or left out (masked words,
// the means, goodbyes without the word), grooming said sideways (a secret about "us", a
// cover story, alone for a treat, the body in everyday words, a child's age given away),
// unkind words without a rude one, threats told by their result, secrets kept by knowing
// nothing, chain messages in other shapes, and letters typed apart with mixed gaps. Every
// sentence was written for this spec (none is a corpus, training or dev line), and each
// rule is tried from both sides: a message it must hold with that rule, and an innocent
// twin that must pass untouched.

import { describe, expect, it } from 'vitest';
import { screenText } from './screen.js';
import { itHoldsEachAndPassesItsTwin, type HeldPair } from './spec-helpers.js';

// [rule, caught, innocent twin]. Some urgent rows name a place as well ("come to the shop by
// yourself"), so they may be blocked rather than held: they must only never pass.
const URGENT: readonly HeldPair[] = [
	// Self-harm: masked words and the word as a thought.
	['selfharm.masked', 'i keep googling s.u.i.c.i.d.e', 'i keep googling s.p.a.c.e facts'],
	['selfharm.masked', 'part of me wants to d-i-e', 'part of me wants to d-y-e my hair'],
	['selfharm.plain', 'self harm has been in my head all week', 'the science fair has been in my head all week'],
	['selfharm.plain', 'kms for real this time', 'we ran 3 kms for charity this time'],
	['selfharm.not-alive', 'honestly i hate existing', 'honestly i hate sprouts'],
	['selfharm.not-alive', 'i want to vanish for good', 'i want to visit for good luck'],
	['selfharm.burden', 'dad would be calmer if i just wasnt around', 'dad would be calmer if the dog stopped barking'],
	['selfharm.burden', 'if i wasnt alive mum wouldnt have to worry', 'if i wasnt at gymnastics mum would have to drive me'],
	// Self-harm: the means.
	['selfharm.plain', 'if i fell from the top of the stairs would it be quick', 'if i fell from the top of the stairs would i need a plaster'],
	['selfharm.plain', 'does anyone know how many pills would kill someone', 'does anyone know how many pencils would fill this pot'],
	['selfharm.plain', 'i tried to smother myself with my pillow', 'i tried to cover my ears with my pillow'],
	['selfharm.plain', 'i sat by the canal for ages and thought about it again', 'i looked at the stars for ages and thought about space again'],
	['selfharm.plain', 'ive been hiding tablets in my pencil case', 'ive been hiding sweets in my pencil case'],
	['selfharm.on-purpose', 'i scraped my arm with a safety pin', 'i pinned my badge with a safety pin'],
	['selfharm.on-purpose', 'my legs have scratches on them now from the razor', 'my legs have scratches on them now from the brambles'],
	['selfharm.plain', 'can you die if you stop drinking for days', 'can you die if you eat too many sweets'],
	// Self-harm: goodbyes without the word.
	['selfharm.farewell', 'bye all, thanks for being my mates, i really mean it', 'bye all, thanks for being my mates at the party'],
	['selfharm.farewell', 'you can keep my scooter when im gone', 'you can keep my scooter till monday'],
	['selfharm.farewell', 'i wont be around for much longer', 'i wont be around at break, i have choir'],
	['selfharm.farewell', 'tell my dad im sorry if something happens', 'tell my dad im sorry i lost his pen'],
	['selfharm.farewell', 'please dont cry when i never come back', 'please dont cry, i come back on sunday'],
	// Grooming said sideways.
	['grooming.flattery-secret', 'never tell your dad about me ok', 'never leave your dad waiting at the gate'],
	['grooming.flattery-secret', 'if you tell anyone about our messages we cant be friends', 'if you tell miss about the broken pencil she will help'],
	[
		'grooming.flattery-secret',
		'the man at the pool gave me a sweet and told me not to tell',
		'the man at the pool gave me a float and told me to kick my legs'
	],
	['grooming.cover-story', 'if your mum asks im just your friend from football', 'if your mum asks we are going to football at six'],
	['grooming.alone', 'come to the shop by yourself and ill have a surprise for you', 'come to the shop with your dad and buy the surprise for mum'],
	['grooming.alone', 'what are your dads shifts', 'what are your favourite crisps'],
	['grooming.photo', 'selfie for selfie?', 'selfie with the class hamster?'],
	['grooming.photo', 'send a pic without your top on', 'send a pic of your top score'],
	['grooming.photo', 'do you need a bra yet', 'do you need a pencil yet'],
	['grooming.photo', 'he saw my photo and asked for more', 'he saw my photo and asked for the frame'],
	['grooming.photo', 'truth or dare but the dares are take off your top', 'truth or dare but the dares are sing a song'],
	['grooming.age', 'im 10 too, which school do you go to', 'im in the 10 times table club, which table are you on'],
	['grooming.age', 'its just i have a low voice', 'its just i have a sore throat'],
	['grooming.trust', 'only little kids tell their mum everything', 'only little kids have naps after lunch'],
	['grooming.trust', 'i sent you an ipad just for talking to me', 'i sent you a link for the spelling test']
];

const FOR_THE_TEACHER: readonly HeldPair[] = [
	// Unkind without a rude word.
	['unkind.family', 'is your dad still in jail lol', 'is your dad still at work'],
	['unkind.family', 'your real mum never wanted you', 'your real name is longer than mine'],
	['unkind.looks', 'he has fleas, dont sit next to him', 'he has a cold, dont share his cup'],
	['unkind.looks', 'you have the smelliest feet in year 5', 'you have the fastest feet in year 5'],
	['unkind.insult', 'youre the reason we lost the quiz', 'youre the reason we won the quiz'],
	['unkind.humiliation', 'film it and send it round the whole class', 'film the play and send it to the whole class'],
	['unkind.exclusion', 'lets all pretend we cant see her', 'lets all pretend we cant see the floor, its lava'],
	['unkind.exclusion', 'we decided not to talk to amir all week', 'we decided to talk to amir about the trip'],
	// Threats told by their result.
	['threat.harm', 'im gonna batter him after school', 'im gonna help him after school'],
	['threat.harm', 'ill burn down your house', 'ill draw your house'],
	['threat.harm', 'theyre all gonna jump you at home time', 'theyre all gonna get you a present at home time'],
	['threat.weapon', 'im bringing something pointy for you tomorrow', 'im bringing something yummy for you tomorrow'],
	['threat.warning', 'dont make me find you', 'dont make me laugh'],
	// Secrets kept by knowing nothing.
	['secrecy.hide', 'if anybody asks you didnt hear anything', 'if anybody asks you can say we are in the library'],
	['secrecy.hide', 'this has to stay secret or we all get told off', 'this has to stay in the classroom or we all get told off'],
	['secrecy.delete', 'delete our chats before your dad looks', 'delete our drawing before we start again'],
	// Chain messages in other shapes.
	['chain.send-on', 'the first five people to pass this on win a prize', 'the first five people to finish the maze win a prize'],
	['chain.or-else', 'dont be the one who breaks the chain', 'dont be the one who breaks the vase'],
	// Letters typed apart, with a different gap after them.
	['threat.harm', 'ill k.i.c.k u', 'ill k.i.c.k off the match'],
	['profanity.masked', 'oh s*** i forgot', 'oh no i forgot']
];

describe('hold wordings, round 6', () => {
	describe('urgent', () => {
		itHoldsEachAndPassesItsTwin(URGENT, { findsBy: 'rule', severity: 'urgent', verdict: 'not-allow' });
	});

	describe('for the teacher', () => {
		itHoldsEachAndPassesItsTwin(FOR_THE_TEACHER, { findsBy: 'rule' });
	});

	it('does not wake a lie-in into a wish not to wake', () => {
		expect(screenText('i dont want to wake up early on saturday').findings).toEqual([]);
		expect(screenText('i dont want to wake up ever again').severity).toBe('urgent');
	});

	it('reads "any1" as anyone and "pa$$" as pass', () => {
		expect(screenText('dont tell any1').findings.map((f) => f.rule)).toContain('secrecy.dont-tell');
		expect(screenText('pa$$ this on to 10 people').findings.map((f) => f.kind)).toContain('chain');
	});

	it('passes a lesson about what a stranger might say', () => {
		expect(screenText('we learned that if anyone asks you to keep a secret from your mum you should tell her').findings).toEqual([]);
		expect(screenText('in pshe miss said if someone says you can have robux for a photo, tell a grown up').findings).toEqual([]);
	});
});
