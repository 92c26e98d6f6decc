import { describe, expect, it } from 'vitest';
import { screenText } from './screen.js';
import { evidence, itHoldsEachAndPassesItsTwin, type HeldPair } from './spec-helpers.js';

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

// Told to know nothing, told to lie, and somewhere no grown-up can read: one rule
// (secrecy-hush.ts) now reads the wordings the cover-up and hush files both read before, and
// the two halves meet ("my mum" asking, "i wasn't there" answered).
const TOLD_NOTHING: readonly HeldPair[] = [
	['secrecy.hide', 'if your mum says anything you didnt see a thing', 'if your mum says anything you can show her the card'],
	['secrecy.hide', 'if the teachers ask you didnt know anything', 'if the teachers ask you know the answer'],
	['secrecy.hide', 'if someone asks we werent there', 'if someone asks we were at the library'],
	['secrecy.hide', 'if my mum asks i wasnt there', 'if my mum asks i was at brownies'],
	['secrecy.hide', 'go somewhere your grown ups cant read it', 'go somewhere your grown ups can help you'],
	['secrecy.hide', 'talk somewhere the grown ups cant see', 'talk somewhere the grown ups can see'],
	// Told to lie: to a grown-up named either way, with or without a story to tell them.
	['secrecy.hide', 'lie to mr hale and say you were ill', 'talk to mr hale and say you were ill'],
	['secrecy.hide', 'lie to miss if she asks', 'reply to miss if she asks'],
	['secrecy.hide', 'just lie to my mum n say we were at the park', 'just wave to my mum n say we were at the park']
];

// A trace removed before a grown-up checks: one rule (secrecy-cover-up.ts) for what the
// cover-up file deleted or wiped and the hush file binned or got rid of.
const TRACE_REMOVED: readonly HeldPair[] = [
	['secrecy.delete', 'bin those pics before miss sees', 'put those pics up before miss sees the display'],
	['secrecy.delete', 'get rid of the videos before yr mum checks', 'get rid of the old videos before we run out of space'],
	['secrecy.delete', 'clear our chats before your mum checks', 'clear our table before your mum checks']
];

describe('a trace removed before a grown-up checks', () => {
	itHoldsEachAndPassesItsTwin(TRACE_REMOVED, { findsBy: 'rule', severity: 'alert' });
});

describe('secrets kept by knowing nothing', () => {
	itHoldsEachAndPassesItsTwin(TOLD_NOTHING, { findsBy: 'rule', severity: 'alert' });
});
