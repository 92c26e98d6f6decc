import { describe, expect, it } from 'vitest';
import { screenText } from './screen.js';
import { severityOf } from './severity.js';
import { evidence, SCHOOL } from './spec-helpers.js';
import type { FindingKind, ScreeningContext } from './types.js';

const OAKFIELD: ScreeningContext = { ...SCHOOL, schoolName: 'Oakfield Primary School', schoolTown: 'Leeds', teacherNames: ['Mrs Patel'] };
const kindsOf = (text: string, context: ScreeningContext = SCHOOL): FindingKind[] => screenText(text, context).findings.map((f) => f.kind);

describe('the kinds added in version 2', () => {
	it.each([
		['location', "I'm home alone till 9"],
		['location', 'im outside the co op on my own'],
		['location', 'where r u? im at the rec rn'],
		['location', '📍 53.8008, -1.5491'],
		['grooming', "you're very mature for your age"],
		['grooming', "I'll buy you robux if you send a pic"],
		['grooming', "let's talk on whatsapp instead, it's more private"],
		['grooming', 'you can trust me, I would never tell'],
		['grooming', 'what are you wearing'],
		['threat', 'my brother will batter you'],
		['threat', "I'm going to punch you after school"],
		['selfharm', 'I want to hurt myself'],
		['selfharm', "I don't want to be alive anymore"],
		['selfharm', 'everyone would be better off without me'],
		['unkind', 'go back to your own country'],
		['unkind', 'your mum is so fat'],
		['unkind', "we're not inviting you to the party anymore"],
		// Phrases added with the word model's own sentences (training/own.jsonl), each a shape, not one message.
		['selfharm', "i've been hurting my arm on purpose"],
		['selfharm', "i'm only a burden to my mum and dad"],
		['selfharm', 'i deserve to feel pain'],
		['selfharm', 'i wish i never existed'],
		['grooming', 'what time do your parents go to sleep'],
		['grooming', "i'm 19 but we can still be friends right"],
		['grooming', "you're very beautiful for eleven"],
		['grooming', 'message me on my other account, its more private'],
		['threat', "i'll rip your head off"],
		['threat', 'my big cousin said hell deal with you after school'],
		['threat', 'me and jake are going to jump you at the park'],
		['unkind', "people like you shouldn't be in our school"],
		['unkind', 'your religion is stupid'],
		['unkind', 'shut up four eyes'],
		['secrecy', 'say you were at the library if your mum asks'],
		['secrecy', "you can't tell the dinner ladies what we did"]
	] as const)('finds %s in %j', (kind, text) => {
		expect(kindsOf(text)).toContain(kind);
	});

	it.each([
		'I watched Home Alone at the weekend',
		'I was at the park yesterday',
		'how old is your dog',
		'send me the homework please',
		"I'll kill you in Fortnite lol",
		'I hurt myself on the trampoline',
		'this level makes me want to die lol',
		'I love my mum',
		'we learned never to tell anyone your address',
		"don't tell Miss Jones, it's a surprise leaving present",
		"it's a secret but i got my brother a lego set for christmas",
		'our secret handshake is two high fives and a wiggle',
		'the knight promised the king he would never tell anyone where the treasure was',
		"if a grown up online says don't tell your parents, you should tell them straight away",
		"i'm tired of living in a small house",
		'i hurt my arm on the trampoline',
		'send me a pic of your lego model',
		"watch out, i'm going to beat you at uno"
	])('leaves %j alone', (text) => {
		expect(screenText(text).verdict).toBe('allow');
	});

	it('finds the school named with its town, year group or teacher, not on its own', () => {
		expect(evidence('I go to Oakfield Primary in Leeds', 'school', OAKFIELD)).toEqual(['Oakfield Primary']);
		expect(kindsOf("I'm in year 5 at Oakfield", OAKFIELD)).toContain('school');
		expect(kindsOf('Oakfield won the football tournament!', OAKFIELD)).toEqual([]);
		expect(kindsOf('I go to St Mary’s Primary in Bolton')).toContain('school');
	});

	it('holds self-harm rather than blocking it, with Childline’s number for the child', () => {
		const result = screenText('i want to kill myself');
		expect(result.verdict).toBe('hold');
		expect(result.severity).toBe('urgent');
		expect(result.findings[0]?.explanation).toContain('0800 1111');
	});
});

describe('severityOf', () => {
	const f = (kind: FindingKind, rule = `${kind}.x`): { kind: FindingKind; rule: string } => ({ kind, rule });
	it.each([
		[[], 'none'],
		[[f('profanity')], 'teacher'],
		[[f('phone'), f('unkind')], 'teacher'],
		[[f('threat')], 'teacher'],
		[[f('secrecy')], 'alert'],
		[[f('meeting')], 'alert'],
		[[f('location')], 'teacher'],
		[[f('selfharm')], 'urgent'],
		[[f('grooming')], 'urgent'],
		[[f('meeting'), f('secrecy')], 'urgent'],
		[[f('location'), f('secrecy')], 'urgent'],
		[[f('meeting', 'meeting.pick-up')], 'urgent'],
		[[f('location'), f('meeting', 'meeting.unknown-adult')], 'urgent'],
		// The word model: sure (over its strong line) is evidence; unsure only holds for the teacher.
		[[f('selfharm', 'selfharm.model')], 'urgent'],
		[[f('grooming', 'grooming.model')], 'urgent'],
		[[f('selfharm', 'selfharm.model-weak')], 'teacher'],
		[[f('grooming', 'grooming.model-weak')], 'teacher'],
		[[f('secrecy', 'secrecy.model-weak')], 'teacher'],
		[[f('meeting'), f('secrecy', 'secrecy.model-weak')], 'alert'],
		[[f('grooming', 'grooming.model-weak'), f('secrecy')], 'alert'],
		[[f('selfharm', 'selfharm.model-weak'), f('selfharm', 'selfharm.not-alive')], 'urgent']
	] as const)('%j is %s', (findings, expected) => {
		expect(severityOf(findings)).toBe(expected);
	});
});
