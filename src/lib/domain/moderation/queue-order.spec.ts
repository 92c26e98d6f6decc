import { describe, expect, it } from 'vitest';
import { formatAge } from './queue-order';

describe('formatAge', () => {
	const from = new Date('2026-01-12T09:00:00Z');
	const after = (ms: number): Date => new Date(from.getTime() + ms);
	const MIN = 60_000;
	it.each([
		[-5_000, 'under 1 min'],
		[59_999, 'under 1 min'],
		[2 * MIN, '2 min'],
		[59 * MIN + 59_000, '59 min'],
		[60 * MIN, '1 h'],
		[65 * MIN, '1 h 5 min'],
		[23 * 60 * MIN + 59 * MIN, '23 h 59 min'],
		[24 * 60 * MIN, '1 day'],
		[27 * 60 * MIN + 10 * MIN, '1 day 3 h'],
		[50 * 60 * MIN, '2 days 2 h']
	])('after %i ms reads "%s"', (ms, label) => {
		expect(formatAge(from, after(ms))).toBe(label);
	});
});
