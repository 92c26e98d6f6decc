import { describe, expect, it } from 'vitest';
import { createScreener } from './screen.js';
import { evidence, rules } from './spec-helpers.js';

describe('rude language', () => {
	it.each([
		['this game is shit', 'shit', 'profanity.word'],
		['you b1tch', 'b1tch', 'profanity.leetspeak'],
		['$hit', '$hit', 'profanity.leetspeak'],
		['you r a w@nker', 'w@nker', 'profanity.leetspeak'],
		['fuuuuuck', 'fuuuuuck', 'profanity.repeated-letters'],
		['fu(k off', 'fu', 'profanity.word'],
		['what s h i t', 's h i t', 'profanity.spaced-letters'],
		['f.u.c.k', 'f.u.c.k', 'profanity.spaced-letters'],
		['sh it', 'sh it', 'profanity.spaced-letters'],
		['knob head', 'knob head', 'profanity.spaced-letters'],
		['f*ck off', 'f*ck', 'profanity.masked'],
		['fu\u200Bck', 'fu\u200Bck', 'profanity.word'],
		['you bellend', 'bellend', 'profanity.word'],
		['bullshit', 'bullshit', 'profanity.word'],
		['you wasteman', 'wasteman', 'profanity.school-word']
	])('finds %j', (text, expected, rule) => {
		expect(evidence(text, 'profanity')).toEqual([expected]);
		expect(rules(text)).toContain(rule);
	});

	it.each([
		'we went to Scunthorpe',
		'Penistone and Cockermouth',
		'Shitterton is in Dorset',
		'Middlesex Essex Sussex',
		'class assess grape cocktail bassoon Dickens hello therapist pass scrap analysis butter shiitake',
		'blue tits and great tits',
		'dick whittington',
		'heaven and hell in RE',
		'love you mum xxx',
		'the door knob',
		'my brother sniggered',
		'we drove past Bitchfield',
		"Sam's hit the ball",
		'the cock crowed',
		'shhh we are hiding the easter eggs for the little ones'
	])('leaves %j alone', (text) => {
		expect(evidence(text, 'profanity')).toEqual([]);
	});

	it('lets a school allow a word and add its own', () => {
		const screener = createScreener({ allowedWords: ['crap'], extraWords: ['skibidi'] });
		expect(screener.screen('crap').verdict).toBe('allow');
		expect(screener.screen('skibidi toilet').verdict).toBe('hold');
	});

	it('passes over rows of numbers, unless the school lists a word made of digits', () => {
		expect(evidence('2 4 6 8 10 12 and 4 2 0 0', 'profanity')).toEqual([]);
		const text = 'lol 4 2 0 0 haha';
		const found = createScreener({ extraWords: ['4200'] })
			.screen(text)
			.findings.filter((f) => f.kind === 'profanity')
			.map((f) => [text.slice(f.start, f.end), f.rule]);
		expect(found).toEqual([['4 2 0 0', 'profanity.spaced-letters']]);
	});
});
