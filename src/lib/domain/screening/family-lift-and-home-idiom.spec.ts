// A grown-up of the writer's own family taking or fetching them ("my nan comes to pick us up") is
// no meeting, and "the man of the house" is a part a child plays at home, not which house it is.
// Every sentence was written for this spec; the same shapes with secrecy, the reader fetched alone
// or a home placed by a landmark are still found.

import { describe, expect, it } from 'vitest';
import { screenText } from './screen.js';

describe('a family lift and a home idiom', () => {
	it.each([
		'my nan comes to pick us up from swimming and we get chips on the way home',
		'my dad takes me and my brother to the match every other saturday',
		'my grandad drives us to the allotment on sundays and mum collects us after',
		'im the man of the house when dad is on the rigs, i look after mum and my sister',
		'im the oldest of the house so i look after the dog after school'
	])('passes %j', (text) => {
		expect(screenText(text).findings).toEqual([]);
	});

	it.each([
		['my uncle takes you to the woods tonight, dont tell anyone', 'meeting'],
		['my mum comes to pick you up at 7, just you, dont tell your mum', 'meeting'],
		['im in the third house after the chip shop on the left', 'address'],
		["we're the white cottage after the pub on the left", 'address']
	])('still finds %j', (text, kind) => {
		const result = screenText(text);
		expect(result.verdict).toBe('block');
		expect(result.findings.map((f) => f.kind)).toContain(kind);
	});
});
