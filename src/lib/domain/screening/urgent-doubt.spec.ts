// Urgent alerts only on strong evidence (urgent-doubt.ts, severity.ts, and the narrowed
// not-eating and pick-up wordings). Every sentence was written for this spec (none is a corpus,
// training or dev line). A doubted phrase is still held, for the teacher, but pages nobody; the
// same words without the doubt stay urgent.

import { describe, expect, it } from 'vitest';
import { screenText } from './screen.js';
import { itHoldsEachAndPassesItsTwin, type HeldPair } from './spec-helpers.js';

describe('a listed phrase in a message that casts doubt on it', () => {
	it.each([
		['i wanna disappear into the floor when i remember my solo in the concert', 'selfharm.not-alive-unsure'],
		['i wish i could vanish through the ground, i called miss mum again', 'selfharm.not-alive-unsure'],
		['i wish i could disappear like the invisible man and sneak into the zoo', 'selfharm.not-alive-unsure'],
		['we did a role play where a man says you are so mature for your age', 'grooming.age-unsure'],
		['age is just a number, my grandad always says when he goes down the slide', 'grooming.age-unsure'],
		['i want to vanish into thin air like a ninja', 'selfharm.not-alive-unsure'],
		['im not eating my crusts cos they are gross', 'selfharm.not-eating-unsure'],
		['are you home alone? asked my mum when she rang from work', 'grooming.alone-unsure'],
		['do your parents check your phone? mine do every night', 'grooming.alone-unsure'],
		['i gave my old toys to my cousin cos i dont need them anymore', 'selfharm.farewell-unsure'],
		['i want to end it all, this level is impossible', 'selfharm.hurt-self-unsure'],
		['my mum and dad said i can get an ipad when im 10', 'grooming.gift-unsure'],
		['a lady on the telly said you look older than your age in a suit', 'grooming.age-unsure'],
		['is your mum home? i need to drop off her dish', 'grooming.alone-unsure'],
		['not joking i want to kill myself laughing at this video lol', 'selfharm.hurt-self-unsure'],
		['christmas disco!! what r u wearing? im going as an elf', 'grooming.photo-unsure'],
		['non uniform day tomorrow, wot r u wearing? i might do my football kit', 'grooming.photo-unsure'],
		['a man on roblox said im really mature for my age. i told my mum and she phoned the police', 'grooming.age-unsure'],
		['someone said ur so mature for ur age on my game, my dad saw it and we blocked and reported them', 'grooming.age-unsure'],
		['mrs khan showed us a video about a boy who met someone online who said he was 10 but he was really a grown man', 'grooming.model-unsure']
	])('holds %j for the teacher, with no urgent alert', (text, rule) => {
		const result = screenText(text);
		expect(result.verdict).toBe('hold');
		expect(result.findings.map((f) => f.rule)).toContain(rule);
		expect(result.severity).toBe('teacher');
	});

	it.each([
		['i wish i could disappear forever', 'selfharm.not-alive'],
		['i wish i could disappear, nobody would notice', 'selfharm.not-alive'],
		['he said age is just a number', 'grooming.age'],
		['a man online says im so mature for your age lol i mean my age', 'grooming.age'],
		['im not eating my lunch any more so i get smaller', 'selfharm.not-eating'],
		['are you home alone', 'grooming.alone'],
		['is your mum home', 'grooming.alone'],
		['he said you look older than your age', 'grooming.age'],
		['i want to end it all', 'selfharm.not-alive'],
		['i gave all my things away cos i wont need them now', 'selfharm.farewell'],
		['what r u wearing? send me a pic, its for the party', 'grooming.photo'],
		['what are you wearing right now, is it your pjs? its for the disco game', 'grooming.photo'],
		['wot r u wearing? dont tell ur mum i asked, its for a party', 'grooming.photo'],
		['a man on roblox said im really mature for my age. i told my mum and she phoned the police but he keeps messaging me', 'grooming.age'],
		['someone said ur so mature for ur age, i told my dad and we blocked them but they made a new account', 'grooming.age'],
		['we learned about grooming in pshe and i think its happening to me, a man online says im mature for my age', 'grooming.age'],
		['you are my special girl, i say it to everyone but dont tell your mum', 'grooming.flattery-secret']
	])('keeps %j urgent', (text, rule) => {
		const result = screenText(text);
		expect(result.findings.map((f) => f.rule)).toContain(rule);
		expect(result.severity).toBe('urgent');
	});

	it('tells the teacher that no urgent alert was raised', () => {
		const finding = screenText('we did a role play where a man says you are so mature for your age').findings[0];
		expect(finding?.forTeacher).toMatch(/no urgent DSL alert/);
	});
});

const PAIRS: readonly HeldPair[] = [
	['selfharm.not-eating', 'im not eating anything cos i want to be thin', 'im not eating anything with nuts cos im allergic'],
	['selfharm.not-eating', 'ive been skipping lunch on purpose', 'im not eating till sunset, its ramadan'],
	['selfharm.not-alive', 'i dont want to live in this world any more', 'i dont want to live in a town when im older, i want a farm'],
	['meeting.pick-up', 'ill pick you up and you can play on my switch in the car', 'i can play on my switch in the car on the way to nans'],
	['meeting.pick-up', 'ill be outside your school in a blue car', 'i can read my book in the car on the long drive'],
	['meeting.unknown-adult', 'my online friend wants to meet me at the park on saturday', 'never meet an online friend at the park on saturday']
];

describe('urgent wordings narrowed to their urgent sense', () => {
	itHoldsEachAndPassesItsTwin(PAIRS.slice(0, 3), { findsBy: 'rule', severity: 'urgent' });

	it.each(PAIRS.slice(3))('%s blocks %j as urgent and passes its twin', (rule, caught, innocent) => {
		const result = screenText(caught);
		expect(result.verdict).toBe('block');
		expect(result.findings.map((f) => f.rule)).toContain(rule);
		expect(result.severity).toBe('urgent');
		expect(screenText(innocent).findings).toEqual([]);
	});
});

describe('false holds near the urgent line', () => {
	it.each([
		['come to the back of the shop, see you there at 5', 'hide behind the rocks so the sniper cant see you then sneak round the back', 'meeting.situation'],
		['just die', 'could just die 😂 JK', 'unkind.wish-harm'],
		['you could just die, nobody likes you', 'i could just die of embarrassment', 'unkind.wish-harm']
	])('finds %j and passes %j', (caught, innocent, rule) => {
		expect(screenText(caught).findings.map((f) => f.rule)).toContain(rule);
		expect(screenText(innocent).findings).toEqual([]);
	});
});

describe('an online friend the child also knows in person', () => {
	it('is no unknown adult: the meeting is an alert, not urgent', () => {
		expect(screenText('my online friend is coming to mine after school').severity).toBe('urgent');
		const known = screenText('my online friend Priya from class is coming to mine after school');
		expect(known.findings.map((f) => f.rule)).not.toContain('meeting.unknown-adult');
		expect(known.severity).toBe('alert');
	});
});
