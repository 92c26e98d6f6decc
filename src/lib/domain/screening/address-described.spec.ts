import { describe, expect, it } from 'vitest';
import { rules } from './spec-helpers.js';

const addressRules = (text: string): string[] => rules(text).filter((r) => r.startsWith('address.'));

describe('a home told the way people give directions', () => {
	it.each([
		"we're the second house on Beech Road, the one with the purple door",
		'ours is the bungalow at the end of Fellside with the big gnome',
		"the cottage next to the chapel on Kirkgate, that's mine",
		"we're the farm off the A591, the one with the alpacas",
		'i live in the flat above the bakery on Stricklandgate',
		'addy = 12 Castle Garth, Kendal',
		'my adress is 3 Parkside, by the bus stop',
		'post it to flat 4, 27 Netherfield please',
		'hous numba 9 by the chippy'
	])('finds %j', (text) => {
		expect(addressRules(text)).toContain('address.described');
	});

	it.each([
		"we're building a house on Minecraft with a moat",
		"we're going to the farm on Saturday to see the lambs",
		'my email address is on the form',
		'in the story the witch lived in a cottage on Pudding Lane',
		'my address book has 3 pages of cousins',
		'the first house on our street has a really loud dog',
		'our class visited the farm off the A6 on the trip',
		"we're going to the farm off the A6 with school next week",
		'the third house in the three little pigs story was made of bricks',
		'house number 6 in the song is the red one',
		'were in the flat above the shop on Highgate for the holidays',
		'address: 10 Downing Street is where the prime minister lives',
		'my adress is 5 stars on the review lol'
	])('leaves %j alone', (text) => {
		expect(addressRules(text)).toEqual([]);
	});
});
