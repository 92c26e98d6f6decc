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
