import { describe, expect, it } from 'vitest';
import { rules } from './spec-helpers.js';

const locationRules = (text: string): string[] => rules(text).filter((r) => r.startsWith('location.'));

describe('a child alone somewhere, told in still more ways', () => {
	it.each([
		['im at the burger place by the roundabout on my own, mum went to the bank', 'location.here-now'],
		['u can find me by the duck pond on the common, alone, all afternoon', 'location.here-now'],
		['guess where i am... the garden centre cafe, by myself lol', 'location.here-now'],
		['im sheltering under the slide at the rec, nobody else about', 'location.here-now'],
		['tonight = me + an empty house, parents out at a party', 'location.alone'],
		['i get in at 3 and nobody is home until 7', 'location.alone'],
		["i'm at the skate park now if anyone wants to come, i'll be here till 5", 'location.here-now'],
		['current location: the bench behind the co op', 'location.here-now'],
		['on fridays i wait on the bench at the rec until my mum finishes her shift', 'location.here-now']
	])('finds %j', (text, rule) => {
		expect(locationRules(text)).toContain(rule);
	});

	it.each([
		'i did the spelling test on my own table today',
		'im by myself in the reading corner finishing my book',
		'in the film the boy is alone in the house at christmas',
		'i rode my bike on my own for the first time yesterday',
		'my current location is switched off on my tablet',
		'im at my nans, if you want to come ask your mum',
		'i wait in the car until my dad finishes his shopping'
	])('leaves %j alone', (text) => {
		expect(locationRules(text)).toEqual([]);
	});
});
