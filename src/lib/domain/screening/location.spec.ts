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
