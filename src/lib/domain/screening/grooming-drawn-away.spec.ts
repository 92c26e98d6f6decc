// Grooming told as what "he" does to draw a child away from the family (grooming-drawn-away.ts).
// Every sentence was written for this spec, none is a corpus, training or dev line; each held
// message has an innocent twin close in wording that must pass with nothing found.

import { describe, expect, it } from 'vitest';
import { screenText } from './screen.js';
import { itHoldsEachAndPassesItsTwin, type HeldPair } from './spec-helpers.js';

const DRAWN_AWAY: readonly HeldPair[] = [
	['grooming.closeness', 'my xbox friend reckons my parents dont really care about me', 'my xbox friend reckons my parents will let us play later'],
	['grooming.closeness', 'he said if i really trusted him i would stop telling my mum everything', 'he said if it rains i would stop the game early'],
	['grooming.closeness', 'he says my dad is just controlling and i should do what i want', 'he says my dad is just the best at fixing bikes'],
	['grooming.closeness', 'this guy on minecraft is the only one who really understands me', 'this book about minecraft is the best one in the library'],
	[
		'grooming.gift',
		'a man on fortnite gifted me a battle pass and now he says i owe him one',
		'my cousin gifted me a battle pass for my birthday, i said thank you'
	],
	['grooming.gift', 'someone online said they will buy me a switch if i send them my address', 'my auntie said she will buy me a switch when i finish year 6'],
	[
		'grooming.trust',
		'he told me to make my snapchat with a fake birthday so the app lets me in',
		'he told me to make my birthday card with glitter so it looks nice'
	],
	[
		'grooming.trust',
		'i told my dad i found the money on the field cos he told me to',
		'i told my dad i found the money on the field and we gave it to the office'
	],
	['grooming.trust', 'if i tell my parents about our chats he will be really upset', 'if i tell my parents about the trip they will be really happy'],
	['grooming.trust', 'he wants to come to sports day and pretend hes my uncle so nobody asks', 'he wants to come to sports day and cheer for our team'],
	[
		'grooming.private-app',
		'the man from roblox said to go on telegram and not tell my parents',
		'the man from the shop said to go on the bus and not forget my bag'
	],
	['grooming.private-app', 'he put our chat on disappearing messages so its just us', 'he put our chat on the class board so everyone can see'],
	[
		'grooming.private-app',
		'he said keep it off the family laptop and just on your phone in your room',
		'he said keep the family laptop tidy and charge your phone in the kitchen'
	],
	['grooming.alone', 'someone on discord keeps asking what school i go to and how old i am', 'my little brother wants to know what time the film starts'],
	['grooming.alone', 'he wanted to know if my mum comes with me to the park on saturdays', 'he wanted to know if my ball was in the park on saturday'],
	[
		'grooming.alone',
		'i got a parcel from my online friend and i dont know how he knows my address',
		'i got a parcel from my nan and i dont know what it is yet'
	],
	['grooming.photo', 'he asked me what colour underwear i have on', 'he asked me if my bike is red'],
	['grooming.photo', 'a man on tiktok keeps sending me rude pictures', 'my friend keeps sending me funny pictures of her cat'],
	[
		'grooming.age',
		'he said im too mature to be in year 5 and should hang out with older people like him',
		'he said im too tall to be in the front row of the photo'
	]
];

describe('grooming told as drawing a child away from the family', () => {
	itHoldsEachAndPassesItsTwin(DRAWN_AWAY, { findsBy: 'kind', severity: 'urgent' });
});

// The same words when the family says them, or a lesson or a story tells of them, are not this reading's.
describe('the family, a lesson or a story telling of the same shapes', () => {
	it.each([
		'my brother says my parents dont care about me cos i got the bigger room',
		'my mum told me to use a fake name on my gaming account so nobody knows who i am',
		'in pshe we learned that people online might say if you loved me you would send a photo',
		'in the story the villain says the only person who understands her is him'
	])('finds no drawing away in %j', (text) => {
		const rules = screenText(text).findings.map((f) => f.rule);
		expect(rules.filter((r) => /^grooming\.(?:closeness|gift|trust|private-app|alone|photo|age)$/.test(r))).toEqual([]);
	});
});
