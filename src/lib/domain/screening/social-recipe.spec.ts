import { describe, expect, it } from 'vitest';
import { rules } from './spec-helpers.js';

const socialRules = (text: string): string[] => rules(text).filter((r) => r.startsWith('social.'));

describe('an account told as a recipe', () => {
	it.each([
		'my tiktok is just my name with an underscore and 11 on the end',
		'search my real name then 2016 on the ghost app',
		'im on the dancing app, same name as here but with my birthday at the end',
		'find me on the photo app, search the name of my cat and then penrith'
	])('finds %j', (text) => {
		expect(socialRules(text)).toContain('social.recipe');
	});

	it.each([
		'my password is my name with 123 at the end lol',
		'never make your username your name with your birthday on the end',
		'my name has 5 letters and my sisters name has 4',
		'we wrote our name with glitter at the end of the card'
	])('leaves %j alone', (text) => {
		expect(socialRules(text)).toEqual([]);
	});
});
