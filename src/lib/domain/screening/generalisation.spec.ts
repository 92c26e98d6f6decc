// Version 2.1: the screen reading what a message means in wordings no corpus
// holds. Every sentence here was written for this spec (none is a corpus line),
// and each rule is tried from both sides: a child's message it must catch and an
// innocent one, close in wording, it must leave alone.

import { describe, expect, it } from 'vitest';
import { screenText } from './screen.js';
import { SCHOOL } from './spec-helpers.js';
import type { FindingKind, ScreeningContext } from './types.js';

const BRAMBLE: ScreeningContext = { ...SCHOOL, schoolName: 'Bramble Hill Primary', schoolTown: 'Otley', teacherNames: ['Mr Dunmore'] };
const kindsOf = (text: string, context: ScreeningContext = BRAMBLE): FindingKind[] => [...new Set(screenText(text, context).findings.map((f) => f.kind))];

describe('personal details in new shapes', () => {
	it.each([
		['postcode', 'our postcode is KQ7 3NB'],
		['postcode', 'ours is tw9 4hx'],
		['postcode', 'post code is ell ess one, four dee zed'],
		['postcode', 'T W 9 - 4 H X'],
		['postcode', 'pstcd ls14 2ab'],
		['address', 'number thirty two, Rowan Walk, by the post box'],
		['address', 'our flat is on Quarry Road, flat 9 top floor'],
		['address', "Fernlea Cottage on Mill Lane, that's where we live"],
		['address', '22a Hawthorn Rd'],
		['address', '9 Heron Cls'],
		['location', 'just got to the rec by myself'],
		['location', "on my own in the flat til mum's back at 8"],
		['location', 'sitting on the bench outside greggs right now'],
		['location', 'turned on my live location so u can find me'],
		['location', 'lat 53.90 long -1.69 is my house'],
		['meeting', 'ill wait for u by the garages at 7'],
		['meeting', 'bring ur bike to the woods after tea, just us'],
		['meeting', 'party at myne on sat at 4 come'],
		['meeting', 'we can cycle to the canal on our own tomorrow'],
		['url', 'go to www.funfriends.chat'],
		['url', 'look http://10.0.0.7/play'],
		['url', 'best cards here cheap-cards99.shop'],
		['email', 'i made a new gmail its rainbow.pip'],
		['social', 'add me on s n a p c h a t its ben underscore 22'],
		['social', 'its k a y d e n dot x on insta'],
		['school', 'i go to b r a m b l e hill in Otley']
	] as const)('blocks %s: %s', (kind, text) => {
		expect(screenText(text, BRAMBLE).verdict).toBe('block');
		expect(kindsOf(text)).toContain(kind);
	});

	it.each([
		'the grid squares were B4 and D9 on the treasure map',
		'the three bears lived at 5 Porridge Lane in the wood',
		'the pirate buried the gold at 12 Cutlass Close',
		'I can cycle to school on my own now',
		'i finished the jigsaw all by myself',
		'see you by the gate in the morning',
		'our class will meet the author at 2pm',
		'we will meet the vicar on thursday with miss',
		'we had a sleepover at my cousins last weekend',
		'mum said you can come to ours for tea, she will ring your mum',
		'see you at breakfast club in the hall',
		'pass the ball on to the next person in the line'
	])('leaves alone: %s', (text) => {
		expect(screenText(text, BRAMBLE).findings).toEqual([]);
	});
});

describe('what a teacher must see, in new words', () => {
	it.each([
		['secrecy', 'cross your heart u wont tell a grown up'],
		['secrecy', 'hide these messages from ur dad'],
		['secrecy', 'this stays between u and me'],
		['secrecy', "don't say anything to mrs jones about the bus"],
		['secrecy', 'wipe our chats so nobody sees'],
		['secrecy', 'if you tell your mum ill never speak to you again'],
		['grooming', 'hey cutie whats ur age'],
		['grooming', 'you seem way more grown up than the others in your year'],
		['grooming', 'what do you wear to bed'],
		['grooming', "i'm a mate of your mum's, you can tell me anything"],
		['grooming', "I've got a surprise for you, you'll get it when we meet"],
		['grooming', 'lets switch to snapchat, teachers check this one'],
		['grooming', 'im a talent scout, send me pics and you could be famous'],
		['selfharm', 'i wish i could just disappear for good'],
		['selfharm', 'nobody would even care if i was gone'],
		['selfharm', 'im worthless'],
		['selfharm', 'i scratch myself when im upset'],
		['selfharm', 'i want to run away forever'],
		['unkind', 'ur a massive baby'],
		['unkind', 'look at his shoes'],
		['unkind', 'haha your dad is a binman'],
		['unkind', "you're kicked out of the group"],
		['unkind', "don't invite him he's gross"],
		['unkind', 'nerd nerd nerd'],
		['unkind', 'my cousin will get you at home time'],
		['threat', 'ill set my brothers on you'],
		['threat', 'he is bringing a knife into school tomorrow'],
		['chain', 'send this to 7 friends or something bad happens'],
		['chain', 'share this with all your friends now']
	] as const)('holds %s: %s', (kind, text) => {
		expect(screenText(text, BRAMBLE).verdict).not.toBe('allow');
		expect(kindsOf(text)).toContain(kind);
	});

	it.each([
		'shh its a surprise party for miss, dont tell her',
		'in our e-safety lesson we learned if someone asks you to keep a secret tell a grown up',
		'how old is your hamster',
		'i want to dye my hair pink',
		'this is so embarrassing i want to disappear lol',
		'i hurt myself on the trampoline',
		'your dog is so cute',
		'she is really good at drawing',
		'we learned about knife crime with the police officer',
		'i told everyone about the trip and they were excited'
	])('leaves alone: %s', (text) => {
		expect(screenText(text, BRAMBLE).findings).toEqual([]);
	});
});

describe('severity stays trustworthy', () => {
	it('a threat from others is held for the teacher, never urgent', () => {
		const result = screenText('my big sister will sort you out', BRAMBLE);
		expect(result.verdict).toBe('hold');
		expect(result.severity).toBe('teacher');
	});

	it("self-harm in a child's own words is urgent", () => {
		expect(screenText('i just want to go to sleep and never wake up', BRAMBLE).severity).toBe('urgent');
	});

	it('a meeting arranged as a situation with secrecy is urgent', () => {
		expect(screenText('wait for me behind the shops at 6 and dont tell your mum', BRAMBLE).severity).toBe('urgent');
	});
});
