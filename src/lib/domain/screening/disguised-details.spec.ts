// Phone numbers, emails, postcodes and links in the disguises children reach for once the plain
// forms are blocked: words bridging the halves, symbols standing in for "@" and ".", characters
// parted one by one, and made-up codes. Each disguise has an innocent twin it must leave alone.

import { describe, expect, it } from 'vitest';
import { evidence, rules } from './spec-helpers.js';

describe('a phone number in two halves with words between them', () => {
	it.each([
		['the start is 07531 and after that the rest is 660 214', '07531 and after that the rest is 660 214'],
		[
			'first part oh seven nine one two. the other half is three three four five six one',
			'oh seven nine one two. the other half is three three four five six one'
		],
		['ring 0 7 9 (space) 4 4 1 (space) 2 0 3 (space) 8 8', '0 7 9 (space) 4 4 1 (space) 2 0 3 (space) 8 8'],
		['my mob = 07945 + 300 + 118 lol', '07945 + 300 + 118']
	])('finds %j', (text, expected) => {
		expect(evidence(text, 'phone')).toEqual([expected]);
	});

	it('keeps a whole number whole when words and more digits follow', () => {
		expect(evidence('call 07700 900123 and then the rest is 5 minutes away', 'phone')).toEqual(['07700 900123']);
	});

	it.each(['in 2019 and then the rest is history, 2020', '25 + 300 + 118 = 443', '0.5 + 0.25 + 1234', 'we scored 3 and then the rest is 2 goals'])(
		'leaves %j alone',
		(text) => {
			expect(evidence(text, 'phone')).toEqual([]);
		}
	);
});

describe('part of a phone number told with the word for a phone', () => {
	it('finds the last digits of a phone number', () => {
		expect(evidence('my mums phone number ends in 7712', 'phone')).toEqual(['phone number ends in 7712']);
		expect(evidence('the last four digits of my phone number are 5 5 1 9', 'phone')).toEqual(['last four digits of my phone number are 5 5 1 9']);
		expect(rules('my mobile number ends with 308')).toContain('phone.partial');
	});

	it.each(['my phone battery ends in 20 minutes', 'the bus number ends in 42', 'my phone case ends in a zip', 'the last 3 numbers of the sum are 5, 6 and 7'])(
		'leaves %j alone',
		(text) => {
			expect(evidence(text, 'phone')).toEqual([]);
		}
	);
});

describe('a games friend code is not a phone number', () => {
	it('leaves the digits of a friend code to the social rule', () => {
		expect(evidence('my switch friend code is SW-1204-5521-9930', 'phone')).toEqual([]);
		expect(evidence('my switch friend code is SW-1204-5521-9930', 'social')).toHaveLength(1);
	});
});

describe('an email with symbols, dots or words in its places', () => {
	it.each([
		['write to jackdaw77✨hotmail✨com', 'jackdaw77✨hotmail✨com'],
		['its ★ fox.trot ★ at yahoo . com', 'fox.trot ★ at yahoo . com'],
		['s.a.m.m.y.j.@.h.o.t.m.a.i.l.c.o.m', 's.a.m.m.y.j.@.h.o.t.m.a.i.l.c.o.m'],
		['bella_c 2016 at hot mail', '2016 at hot mail'],
		['my address is jessb09, then the at sign, then yahoo.com', 'jessb09, then the at sign, then yahoo.com'],
		['outlook, username kai_w_2013 if u want to mail me', 'outlook, username kai_w_2013'],
		['write to my dad at m.okafor@btinternet.com', 'm.okafor@btinternet.com']
	])('finds %j', (text, expected) => {
		expect(evidence(text, 'email')).toEqual([expected]);
	});

	it('reads an address given end first, with a cue that the start comes separately', () => {
		expect(evidence('at hotmail dot com is the last bit, the first bit is leo2015', 'email')).toEqual(['at hotmail dot com']);
	});

	it('leaves the end of an address alone when no start is told', () => {
		expect(evidence('i have a hotmail account, the last bit is at hotmail.com obviously lol', 'email')).toEqual([]);
	});

	it.each([
		'the star ✨ at the top of the tree',
		'my hotmail account is broken again',
		'on outlook, my name shows in blue',
		'my mum uses hotmail and my dad uses gmail'
	])('leaves %j alone', (text) => {
		expect(evidence(text, 'email')).toEqual([]);
	});

	it('reads a place after an article and a noun as a link, not a mailbox', () => {
		expect(evidence('theres a game at puzzlecats . com about foxes', 'email')).toEqual([]);
		expect(evidence('theres a game at puzzlecats . com about foxes', 'url')).toEqual(['puzzlecats . com']);
	});
});

describe('a postcode parted, made up or in flag letters', () => {
	it.each([
		['ours is LS6 2 BQ', 'LS6 2 BQ'],
		['CA3//9LP', 'CA3//9LP'],
		['we are at NE4 7MK now', 'NE4 7MK'],
		['pc: LS6 2 (and then) B Q', 'LS6 2 (and then) B Q'],
		['BD7 (space) 1 (space) N (space) X', 'BD7 (space) 1 (space) N (space) X'],
		['ELL ESS 6 2 DOUBLEYOU PEE', 'ELL ESS 6 2 DOUBLEYOU PEE'],
		['postcode LS 6️⃣ 2️⃣ 🇦 🇧', 'postcode LS 6️⃣ 2️⃣ 🇦 🇧']
	])('finds %j', (text, expected) => {
		expect(evidence(text, 'postcode')).toEqual([expected]);
	});

	it.each([
		'we have maths b4 3pm then home',
		'cut it a4 5mm wide',
		'text me b4 its too late',
		'omg m8 own goal',
		'vitamin B12 is good for you',
		'there were 11 of us, all 6 of them came',
		'santa lives at the north pole and the postcode is XM4 5HQ',
		'the code was A=1 B=2 C=3 so 2 1 3 spells BAC'
	])('leaves %j alone', (text) => {
		expect(evidence(text, 'postcode')).toEqual([]);
	});
});

describe('a postcode told whole', () => {
	it('is still read when its unit would be a time on its own', () => {
		expect(rules('my postcode is LS1 4AM')).toContain('postcode.told');
	});

	it('is left alone only when its area can be no UK area', () => {
		expect(evidence('our postcode is QZ2 7AB from the story', 'postcode')).toEqual([]);
		expect(rules('my postcode is Y5 2ND')).toContain('postcode.told');
	});
});

describe('a link spaced, spelt or typed a character at a time', () => {
	it.each([
		['join us on discord . gg / foxclub22', 'discord . gg / foxclub22'],
		['h t t p s : / / freegems . win', 'h t t p s : / / freegems . win'],
		['h-t-t-p colon slash slash prizes dot fun', 'h-t-t-p colon slash slash prizes dot fun'],
		['t i k t o k . c o m / @ j a z z y', 't i k t o k . c o m / @ j a z z y']
	])('finds %j', (text, expected) => {
		expect(evidence(text, 'url')).toEqual([expected]);
	});

	it.each(['we won . gg everyone', 'the h t t p part goes first in a web address', 'u r a s t a r . well done', 'half / quarter / whole'])(
		'leaves %j alone',
		(text) => {
			expect(evidence(text, 'url')).toEqual([]);
		}
	);
});
