import { describe, expect, it } from 'vitest';
import { evidence, rules } from './spec-helpers.js';

describe('social handles', () => {
	it.each([
		['add me on snapchat sam_k123', 'add me on snapchat sam_k123', 'social.invite'],
		['my roblox username is coolcat99', 'my roblox username is coolcat99', 'social.platform-handle'],
		['my snap is jake.f2014 ok', 'my snap is jake.f2014', 'social.platform-handle'],
		['my username is coolcat99', 'my username is coolcat99', 'social.username'],
		['hi @sam_k123', '@sam_k123', 'social.at-handle'],
		['whats app me', 'whats app me', 'social.contact-me'],
		['my discord is gamerboy#1234', 'my discord is gamerboy#1234', 'social.platform-handle']
	])('finds %j', (text, expected, rule) => {
		expect(evidence(text, 'social')).toEqual([expected]);
		expect(rules(text)).toContain(rule);
	});

	it.each([
		'i love playing roblox',
		'my favourite youtuber is dan tdm',
		'my roblox is broken',
		'@oliver well done on your story',
		'can you add me to the group',
		'we learnt about being safe on snapchat'
	])('leaves %j alone', (text) => {
		expect(evidence(text, 'social')).toEqual([]);
	});
});
