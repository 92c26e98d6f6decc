import { describe, expect, it } from 'vitest';
import { evidence, rules } from './spec-helpers.js';

describe('street addresses', () => {
	it.each([
		['I live at 14 Elm Road', '14 Elm Road', 'address.street'],
		['send the card to fourteen elm rd', 'fourteen elm rd', 'address.street'],
		['we just moved to 5 Beech Close', '5 Beech Close', 'address.street'],
		['I live on Elm Road', 'I live on Elm Road', 'address.lives-on'],
		['my house number is 27', 'my house number is 27', 'address.house-number']
	])('finds %j', (text, expected, rule) => {
		expect(evidence(text, 'address')).toEqual([expected]);
		expect(rules(text)).toContain(rule);
	});

	it.each([
		'the Romans built Ermine Street',
		'10 Downing Street is where the Prime Minister lives',
		'Sherlock Holmes lived at 221B Baker Street',
		'harry potter lived at 4 privet drive',
		'charles dickens lived at 48 Doughty Street',
		'we walked 2 miles down the road',
		'there are 10 houses on our street',
		'3 little pigs walk to the woods'
	])('lets topic work through: %j', (text) => {
		expect(evidence(text, 'address')).toEqual([]);
	});
});

describe('addresses without a number-street shape', () => {
	it.each([
		['were on larkspur avenue, the house with the green door', 'were on larkspur avenue', 'address.lives-on'],
		['i live at 9 the sidings', 'i live at 9 the sidings', 'address.lives-on'],
		['we live next to the chemist on bridge street', 'we live next to the chemist on bridge street', 'address.lives-on'],
		['my house number is thirty one', 'my house number is thirty one', 'address.house-number'],
		['our flat is 12c in tower court', 'our flat is 12c', 'address.house-number'],
		// "bus" names a bus, not a home, unless it is the bus stop or station the home is by.
		['im in flat 3, the block by the bus stop', 'flat 3', 'address.house-number']
	])('finds %j', (text, expected, rule) => {
		expect(evidence(text, 'address')).toEqual([expected]);
		expect(rules(text)).toContain(rule);
	});

	it.each([
		'my house is 5 minutes from the park',
		'we live at 2 different houses, mums and dads',
		'my bus is number 4 and it goes past the shops',
		'the mouse lived next to the cheese shop on pudding lane in the story'
	])('leaves %j alone', (text) => {
		expect(evidence(text, 'address')).toEqual([]);
	});
});

describe('a story that is "about" someone', () => {
	it('leaves the made-up street of a story about someone alone', () => {
		expect(evidence('this poem is about a cat who lives at 3 Whisker Way', 'address')).toEqual([]);
	});

	it('still finds the writer telling their own street', () => {
		expect(evidence('i live at 3 Whisker Way', 'address')).toEqual(['3 Whisker Way']);
	});
});

describe('a home told by its number with no street word', () => {
	it.each([
		['come round to 41 Whinfell', 'come round to 41 Whinfell'],
		['were at 8 Birkbeck now', 'were at 8 Birkbeck'],
		['we moved to 15 Tarnside last week', 'we moved to 15 Tarnside'],
		['my old house is 3 Lowther', 'my old house is 3 Lowther'],
		['i live on 26 millbeck', 'i live on 26 millbeck'],
		['im sleeping at 5 Garnett tonight', 'im sleeping at 5 Garnett']
	])('finds %j', (text, expected) => {
		expect(evidence(text, 'address')).toEqual([expected]);
		expect(rules(text)).toContain('address.lives-on');
	});

	it.each([
		'come to 41 whinfell',
		'im at 300 points on the game',
		'im at 12 followers',
		'we moved to 2 different schools',
		'i live in a 3 bed house',
		'my house is 4 minutes from school',
		'come to 11 o clock assembly',
		'in my story the owl moved to 9 Hollowtree',
		'number 10 is where the prime minister lives',
		'we are staying at 4 star hotel'
	])('leaves %j alone', (text) => {
		expect(evidence(text, 'address')).toEqual([]);
	});
});
