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
