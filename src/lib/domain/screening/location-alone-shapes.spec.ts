import { describe, expect, it } from 'vitest';
import { rules } from './spec-helpers.js';

const locationRules = (text: string): string[] => rules(text).filter((r) => r.startsWith('location.'));

describe('a child alone or somewhere now, in shapes without "I\'m alone"', () => {
	it.each([
		['hoem alown til 9 😴', 'location.alone'],
		['m home alone again, mum on a late shift', 'location.alone'],
		['home alon all weekend yay', 'location.alone'],
		['nan went to bingo so its literally just me tonight', 'location.alone'],
		["i'm the only one in the house till 8", 'location.alone'],
		['mum left me at the park while she gets her nails done', 'location.here-now'],
		['my brother dropped me at the shops and went so im just waiting', 'location.here-now'],
		['every friday i walk to the chippy on my own at 6', 'location.here-now'],
		['after school i cycle home by myself along the river path', 'location.here-now'],
		// "on me own" is read as "on my own" (dialect.ts), which location.ts's "outside … on my own" finds first.
		['outside the spar on me own waiting for my cousin', 'location.here-now'],
		['im at the rec and nobody else is about', 'location.alone'],
		["i'm sitting by the bus stop, dad's still not back", 'location.here-now'],
		['i let myself in after school, the key is under the mat', 'location.alone'],
		['find my is turned on, come and see where i am', 'location.pin'],
		['53.48N 2.24W is where i live lol', 'location.pin']
	])('finds %j', (text, rule) => {
		expect(locationRules(text)).toContain(rule);
	});

	it.each([
		'we watched hom alone at nans, kevin is so funny',
		'hom alone is on tv tonight!!',
		'my cat is home alone all day while we are at school',
		'in my story the girl is home alone when the lights go out',
		'never tell anyone online if you are home alone',
		'i was home alone for ten minutes last week while mum went next door',
		'mum left me at school for breakfast club',
		'when i was little my dad left me at the park once by mistake',
		'i can walk to school on my own now because im in year 6',
		'i walked home by myself for the first time at 4 yesterday',
		'in the game nobody else is here so i built a house',
		'im in class and no one else is here yet',
		'"nobody is here," sighed the lonely dragon',
		'our lesson said turn your live location off',
		'the mean of 5.25 and 2.75 is 4',
		'mum left me in the car while she got petrol, it was boring',
		'my dad leaves me at the park with my friends while he goes to the gym',
		'snap map is on for my family only',
		'location is on in the settings for the weather app'
	])('leaves %j alone', (text) => {
		expect(locationRules(text)).toEqual([]);
	});
});
