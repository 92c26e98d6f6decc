import { describe, expect, it } from 'vitest';
import { rules } from './spec-helpers.js';

const addressRules = (text: string): string[] => rules(text).filter((r) => r.startsWith('address.'));

describe('a home placed by a landmark, with no street named', () => {
	it.each([
		'our house is the third one past the level crossing, the one with the green shed',
		'ur house is the one opposite the chemist with the hanging baskets isnt it',
		"we're the end cottage after the ford, on the right",
		'the flat with the blue balcony above the hairdressers is ours',
		'we live in the bungalow behind the petrol station, come and knock',
		'amira lives in the flats next to the fire station, the top floor',
		'our shop is on the corner and we live on top of it',
		"its the farm after the quarry turn-off, the one with the goats, that's mine",
		'flat 2 above the bakery, ring the top bell'
	])('finds %j', (text) => {
		expect(addressRules(text)).toContain('address.described');
	});

	it.each([
		'in my story the wizard lives in a tower next to the waterfall',
		'in the book the giant lived in a cave behind the mountain',
		'the corner shop is opposite the church, it sells penny sweets',
		'my nan lives in carlisle and she has two dogs',
		'in Matilda, Miss Honey lives in a cottage past the farm',
		'we went on a trip to the farm past the river and fed the lambs',
		'the pegs are next to the door and mine is the one with the star on it'
	])('leaves %j alone', (text) => {
		expect(addressRules(text)).toEqual([]);
	});
});

describe('a home the child claims, typed too badly for the street rules', () => {
	it.each([
		'my hous iz twenny ate appleby rd',
		'sevn birk grn thats my house',
		'post it to 14 Larch Cottages, Burneside, thats my address',
		'house = nine, street = m-o-o-r-l-a-n-d'
	])('finds %j', (text) => {
		expect(addressRules(text)).toContain('address.described');
	});

	it.each([
		'my house is really cold today',
		'thats my house in the drawing, with the big sun',
		'my address book has 40 names in it',
		'thats my house in the picture, 3 windows and a door'
	])('leaves %j alone', (text) => {
		expect(addressRules(text)).toEqual([]);
	});
});
