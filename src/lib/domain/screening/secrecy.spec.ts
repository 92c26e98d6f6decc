import { describe, expect, it } from 'vitest';
import { screenText } from './screen.js';
import { evidence } from './spec-helpers.js';

describe('secrecy requests', () => {
	it.each([
		["don't tell your mum", "don't tell your mum"],
		['this is our little secret', 'this is our little secret'],
		['keep this between us', 'keep this between us']
	])('holds %j and raises the secrecy alert', (text, expected) => {
		expect(evidence(text, 'secrecy')).toEqual([expected]);
		const result = screenText(text);
		expect(result.verdict).toBe('hold');
		expect(result.alerts.secrecy).toBe(true);
	});

	it('blocks secrecy together with a meeting', () => {
		expect(screenText("meet me at the park, don't tell your mum").verdict).toBe('block');
	});

	it('lets a good surprise through', () => {
		expect(screenText("don't tell mum about her birthday surprise").verdict).toBe('allow');
	});
});

describe('secrecy look-alikes children write', () => {
	it.each([
		'never tell anyone online what school you go to',
		'in e-safety we said dont tell people on games where you live',
		'chapter 3: the dragon whispered dont tell anyone about the cave',
		'lets play hide and seek, dont tell anyone where i am hiding'
	])('lets %j through', (text) => {
		expect(screenText(text).verdict).toBe('allow');
	});

	it.each([
		['dont tell anyone where we are going', 'dont tell anyone'],
		['he said dont tell anyone about the cave', 'dont tell anyone'],
		['dont tell anyone where i am', 'dont tell anyone'],
		['keep our chats secret from everyone okay', 'keep our chats secret']
	])('still holds %j', (text, expected) => {
		expect(evidence(text, 'secrecy')).toEqual([expected]);
		expect(screenText(text).verdict).toBe('hold');
	});
});
