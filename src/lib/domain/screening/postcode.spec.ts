import { describe, expect, it } from 'vitest';
import { evidence, rules } from './spec-helpers.js';

describe('postcodes', () => {
	it.each([
		['my postcode is SW1A 1AA', 'SW1A 1AA'],
		['sw1a1aa', 'sw1a1aa'],
		['we live in ls6 2ab ok', 'ls6 2ab'],
		['post code is ec1a-1bb', 'ec1a-1bb'],
		['my postcode is SW1A lAA', 'SW1A lAA']
	])('finds %j', (text, expected) => {
		expect(evidence(text, 'postcode')).toEqual([expected]);
	});

	it('finds a postcode typed letter by letter', () => {
		expect(evidence('its s w 1 a 1 a a', 'postcode')).toEqual(['s w 1 a 1 a a']);
		expect(rules('s w 1 a 1 a a')).toContain('postcode.spaced');
	});

	it.each(['Y5 2nd place', 'i came 1st', 'a b c d e', 'room 13 is big', 'x2 3ab'])('leaves %j alone', (text) => {
		expect(evidence(text, 'postcode')).toEqual([]);
	});

	// Letter names were looked up in a plain object, where "constructor" is Object.prototype's
	// function: it counted as a letter said aloud and stopped the code before it from being read.
	it('reads a spelt code followed by a word that names an Object.prototype property', () => {
		expect(rules('em aitch four seven cue tee constructor')).toContain('postcode.spelt');
		expect(evidence('em aitch four seven cue tee constructor', 'postcode')).toEqual(['em aitch four seven cue tee']);
	});

	it('does not take "constructor" for a letter name', () => {
		expect(evidence('the constructor built a wall 7 bricks high and 4 wide', 'postcode')).toEqual([]);
	});
});

describe('a postcode read out in two halves', () => {
	it.each([
		['ours is CA1 then 2HX', 'CA1 then 2HX'],
		['bd7 space 1nx', 'bd7 space 1nx']
	])('finds %j', (text, expected) => {
		expect(evidence(text, 'postcode')).toEqual([expected]);
	});

	it.each(['I came 3rd then 2nd', 'page 4 then 5ab', 'we did 4 then 5 laps'])('leaves %j alone', (text) => {
		expect(evidence(text, 'postcode')).toEqual([]);
	});
});

describe('postcodes of famous buildings', () => {
	it('passes one quoted with the building or in a lesson', () => {
		expect(evidence('parliament is at sw1a 0aa, we found it in geography', 'postcode')).toEqual([]);
		expect(evidence('the postcode of downing street is SW1A2AA', 'postcode')).toEqual([]);
	});

	it('still blocks one given bare or as a home, and any other code beside it', () => {
		expect(evidence('sw1a 2aa is my postcode', 'postcode')).toEqual(['sw1a 2aa']);
		expect(evidence('the palace is sw1a 1aa but we live at ls6 2ab', 'postcode')).toEqual(['ls6 2ab']);
	});
});

describe('a postcode parted, spelt in other alphabets or read out in pieces', () => {
	it.each([
		['BD7 🏠 1NX is where i live', 'postcode.uk'],
		['ell ess six, two alpha bravo', 'postcode.spelt'],
		['kilo tango two, four lima lima', 'postcode.spelt'],
		['C A 1 then 2 then H X', 'postcode.spelt'],
		['BD7 – 1 – N – X', 'postcode.spelt'],
		['c(a)1 2hx', 'postcode.spelt'],
		['post kode: ca one 2hx', 'postcode.told']
	])('finds %j', (text, rule) => {
		expect(rules(text)).toContain(rule);
	});

	it.each([
		'Charlie and Mike scored 2 goals each and Oscar got 4',
		'the answer is 7 3 a b',
		"see you at 6, I'll bring snacks",
		'we did golf then tea at the hotel at 5',
		'we went on the M6 🚗 2pm'
	])('leaves %j alone', (text) => {
		expect(evidence(text, 'postcode')).toEqual([]);
	});
});
