import { describe, expect, it } from 'vitest';
import { evidence, rules } from './spec-helpers.js';

describe('unkind and threatening phrases', () => {
	it.each([
		["you're stupid", "you're stupid", 'unkind.insult'],
		['your so ugly', 'your so ugly', 'unkind.insult'],
		['nobody likes you', 'nobody likes you', 'unkind.exclusion'],
		['I hate you!', 'I hate you', 'unkind.hate'],
		['kill yourself', 'kill yourself', 'unkind.wish-harm'],
		['go away loser', 'go away loser', 'unkind.insult'],
		['u r st00pid', 'u r st00pid', 'unkind.insult']
	])('finds %j', (text, expected, rule) => {
		expect(evidence(text, 'unkind')).toContain(expected);
		expect(rules(text)).toContain(rule);
	});

	it.each([
		'I hate broccoli',
		'this maths is stupid',
		'your fat cat is cute',
		'can you smell the flowers',
		'everyone likes you',
		"you're not stupid, you're clever",
		'ill get you a present'
	])('leaves %j alone', (text) => {
		expect(evidence(text, 'unkind')).toEqual([]);
	});
});
