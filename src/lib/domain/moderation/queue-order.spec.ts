import { describe, expect, it } from 'vitest';
import { formatAge, sortQueue } from './queue-order';
import type { ReviewItem } from './types';

function item(id: string, submittedAt: string): ReviewItem {
	return {
		id,
		schoolId: 's',
		classId: 'c',
		target: { type: 'chat-message', id },
		authorId: 'p',
		status: 'pending',
		version: 1,
		verdict: 'allow',
		findings: [],
		submittedAt: new Date(submittedAt),
		decidedAt: null,
		decidedById: null,
		rejection: null
	};
}

describe('sortQueue', () => {
	it('puts the oldest first and breaks ties on id, without mutating the input', () => {
		const input = [item('c', '2026-01-12T09:05:00Z'), item('b', '2026-01-12T09:00:00Z'), item('a', '2026-01-12T09:00:00Z')];
		expect(sortQueue(input).map((i) => i.id)).toEqual(['a', 'b', 'c']);
		expect(input.map((i) => i.id)).toEqual(['c', 'b', 'a']);
	});
});

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
