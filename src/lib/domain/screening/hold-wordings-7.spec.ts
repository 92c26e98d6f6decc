// Round 7 of the hold wordings: threats with no violent word or aimed at someone else or
// their things, secrecy asked for in idioms and cover stories, and swearing disguised with
// stars, dropped vowels, a changed separator or an emoji. Every sentence was written for this
// spec (none is a corpus, training or dev line), and each rule is tried from both sides: a
// message it must hold with that rule, and an innocent twin that must pass untouched.

import { describe, expect, it } from 'vitest';
import { buildWordView, normaliseText } from './normalise.js';
import { screenText } from './screen.js';
import { itHoldsEachAndPassesItsTwin, type HeldPair } from './spec-helpers.js';

const PAIRS: readonly HeldPair[] = [
	['threat.warning', 'call me that one more time and you will be on the floor', 'call me that one more time and i will call you sir'],
	['threat.warning', "don't make me come over there", "don't make me do the washing up"],
	['threat.warning', 'you better not show your face at the park again', 'you better not show your face paint to mum yet'],
	['threat.warning', "i'll tell the whole class what you did unless you give me your sweets", "i'll tell the whole class about your party if you like"],
	['threat.warning', "i'm comin for u", "i'm comin for the ride"],
	['threat.warning', 'you wont be alive to see christmas', 'the dinosaurs were not alive to see the first flowers'],
	['threat.warning', 'give me back my ball or else', 'give me back my ball or my mum will be cross'],
	['threat.harm', "if he sits there again i'm going to punch him", "if he sits there again i'm going to hug him"],
	['threat.harm', 'we should give him a good kicking', 'we should give him a good book'],
	['threat.harm', "i'll rip up your drawing so miss hates it", 'i will rip up the scrap paper for the collage'],
	['threat.harm', "win on sports day and i'll trip you so bad you snap your ankle", 'win on sports day and you get a medal'],
	['threat.harm', "i'll set fire to your bag haha", "i'll set the table for your tea haha"],
	['threat.harm', 'gonna batter you', 'gonna bake you a cake'],
	['threat.warning', "there won't be any teachers to protect you tomorrow", "there won't be any teachers in the hall tomorrow"],
	['threat.harm', "i'm gonna shank you", "i'm gonna thank you"],
	['threat.weapon', "i've got something sharp in my bag for you", "i've got something sweet in my bag for you"],
	['threat.sender', "i'm getting my cousin to sort you out", "i'm getting my cousin to get you a drink"],
	['threat.warning', 'touch my bag again and you wont walk', 'touch my bag again and i will tell miss'],
	['threat.after-school', "you won't be smiling when i'm done with you", "you won't believe what i'm doing with my hair"],
	['secrecy.our-secret', 'keep this on the down low ok', 'keep the volume on low ok'],
	['secrecy.our-secret', "mum's the word about what we did at the shop", "mum's the one who drives us to the shop"],
	['secrecy.our-secret', 'you never heard it from me but jake took the money', 'you never heard the song from me before'],
	['secrecy.our-secret', 'this has to stay a secret or we are all in trouble', 'the surprise has to stay a secret till friday'],
	['secrecy.our-secret', 'no one has 2 know', 'no one has 2 go home yet'],
	['secrecy.our-secret', "it's just our thing, not for grown ups", "it's just a game, not for grown ups"],
	['secrecy.our-secret', 'this is between me n u', 'the ball went between me n the goalpost'],
	['secrecy.dont-tell', 'dont tel ne1 ok', 'dont tel me the ending'],
	['secrecy.our-secret', 'not a word to your dad', 'not a word of the story was true'],
	['secrecy.our-secret', 'that night never happened ok', 'that never happened in the book'],
	['secrecy.our-secret', 'what happens at the den stays at the den', 'what happens at the den is up to us'],
	['secrecy.hide', "if anyone asks we weren't there", 'if anyone asks we were at the library'],
	['secrecy.hide', 'just lie to your parents about where you were', 'never lie to your parents about where you were'],
	['secrecy.hide', "let's chat where the teachers won't see", "let's sit where the teachers will see us"],
	['secrecy.hide', "if you tell miss i'm never talking to you again", "if you tell miss the answer i'll be so proud"],
	['secrecy.delete', 'get rid of our chats before your dad looks', 'get rid of the old toys before your dad looks'],
	['secrecy.dont-tell', "i bought you a present, don't tell your mum", "i bought mum a present, don't tell her"],
	['profanity.masked', 'oh f*** i forgot my kit', 'i got an a* in my spelling test'],
	['profanity.masked', 'that film was total bulls**t', 'the film got five stars'],
	['profanity.masked', 'f#ck this homework', 'my tag is fish_tank'],
	['profanity.masked', 'who the h*ll took my pencil', 'who the heck took my pencil'],
	['profanity.leetspeak', 'shes such a c0w', 'we saw a cow at the farm'],
	['profanity.leetspeak', 'oh h3ll no', 'heaven and hell in RE'],
	['profanity.dropped-vowels', 'what a btch', 'what a batch of cakes'],
	['profanity.dropped-vowels', 'ur a wnkr', 'ur a winner'],
	['profanity.gesture', '🖕 you', '👍 you rock'],
	['profanity.spaced-letters', 'ur a t-w-a-t', 'ur a t-rex fan']
];

describe('hold wordings of round 7', () => {
	itHoldsEachAndPassesItsTwin(PAIRS, { findsBy: 'rule' });

	it('reads a shush as a shush and a cut-off swear as a swear', () => {
		expect(screenText('sh sh, the baby is asleep').findings).toEqual([]);
		expect(screenText('sh!!! we are hiding').findings).toEqual([]);
		expect(screenText('sh!+ my tablet died').findings.map((f) => f.rule)).toEqual(['profanity.word']);
	});

	it('leaves a chain letter\'s "or else" to the chain rules', () => {
		const kinds = screenText('pass this on to 5 people before friday or else').findings.map((f) => f.kind);
		expect(kinds).toContain('chain');
		expect(kinds).not.toContain('threat');
	});

	it("passes a child's own good news told as a secret, but not a grown-up's lure", () => {
		expect(screenText("can you keep a secret? i'm going to be in the school play").findings).toEqual([]);
		expect(screenText('can you keep a secret? i want to meet you on your own').findings.map((f) => f.kind)).toContain('secrecy');
	});

	it('reads a word spelt out with one separator, and "any1" as anyone', () => {
		const words = (text: string): string[] => buildWordView(normaliseText(text)).tokens.map((t) => t.text);
		expect(words('im gonna k.i.c.k u')).toEqual(['im', 'gonna', 'kick', 'u']);
		expect(words('ur a t-w-a-t')).toEqual(['ur', 'a', 'twat']);
		expect(words('dont tell any1 or no1')).toEqual(['dont', 'tell', 'any1', 'or', 'no1']);
		expect(screenText('dont tell any1').findings.map((f) => f.rule)).toEqual(['secrecy.dont-tell']);
	});
});
