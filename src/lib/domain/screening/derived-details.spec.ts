import { describe, expect, it } from 'vitest';
import { evidence, rules } from './spec-helpers.js';

describe('a detail told as a change to a known one', () => {
	it.each([
		['my phone number is the same as my dads but the last digit is 4', 'phone', 'phone.derived'],
		['got a new phone!! my number is the same as the office one except the end is 12', 'phone', 'phone.derived'],
		['your email is the same as mine but with your name at the front', 'email', 'email.derived'],
		['our postcode is the same as the library one but ending in RT', 'postcode', 'postcode.derived']
	] as const)('finds %j', (text, kind, rule) => {
		expect(evidence(text, kind)).toHaveLength(1);
		expect(rules(text)).toContain(rule);
	});

	it.each([
		// Only "the same": nothing new is told.
		['my postcode is the same as yours lol', 'postcode'],
		['my email is the same as before', 'email'],
		// A shirt or raffle number, with no phone in the message.
		['my number is the same as his but mine is on the back', 'phone'],
		['the number is the same as last week but the prize is bigger', 'phone']
	] as const)('leaves %j alone', (text, kind) => {
		expect(evidence(text, kind)).toEqual([]);
	});
});
