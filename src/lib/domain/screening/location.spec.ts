import { describe, expect, it } from 'vitest';
import { evidence, rules } from './spec-helpers.js';

describe('where a child is now, said without "I am"', () => {
	it.each([
		['home alone till 8 so bored', 'location.alone'],
		['no ones in at my house till 6', 'location.alone'],
		['on my own at the park now', 'location.here-now']
	])('finds %j', (text, rule) => {
		expect(rules(text)).toContain(rule);
	});

	it.each(['home alone is my favourite film', 'i can walk to the shop on my own now', 'i was on my own at the park yesterday for a bit'])(
		'leaves %j alone',
		(text) => {
			expect(evidence(text, 'location')).toEqual([]);
		}
	);
});

describe('alone because a grown-up has gone out', () => {
	it.each([
		'dad went out to the pub so im in the house by myself now',
		'my nan popped out so im home by myself now',
		'they went off to the shops, im home on my own now'
	])('finds %j', (text) => {
		expect(evidence(text, 'location')).not.toEqual([]);
	});

	it.each(['mum went to the shop and i was on my own for 5 minutes yesterday', 'dad went out so i can play on my own with my lego now'])(
		'leaves %j alone',
		(text) => {
			expect(evidence(text, 'location')).toEqual([]);
		}
	);
});

// Sentences written for these rules, none a corpus line, each beside an innocent twin.
describe('alone or out now, said with no "I am"', () => {
	it.each([
		'left by myself at the swimming baths till 5',
		'just me at home tonight cos theyre at a wedding',
		'home alone, dads not home until 11',
		'im down by the canal and no one else here',
		'sitting outside the chippy waiting for my brother',
		'my dad works nights so im on my own till morning'
	])('finds %j', (text) => {
		expect(evidence(text, 'location')).not.toEqual([]);
	});

	it.each([
		'the puppy was left on its own in the story until the girl found it',
		'just me and my friend did the science project',
		'dads not back until friday so mum is doing bath time',
		'nobody else here likes cabbage',
		'we waited outside the castle on the trip for the coach',
		'my mum works nights and i did my spellings by myself'
	])('leaves %j alone', (text) => {
		expect(evidence(text, 'location')).toEqual([]);
	});
});
