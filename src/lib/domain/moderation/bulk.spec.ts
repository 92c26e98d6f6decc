import { describe, expect, it } from 'vitest';
import { bulkApprove, bulkSkipReason } from './bulk';
import type { ReviewItem, ScreenFinding, Viewer } from './types';

const now = new Date('2026-01-12T10:00:00Z');
const teacher: Viewer = { id: 't-1', role: 'teacher', schoolId: 'school-1', classIds: ['class-5oak'] };
const finding: ScreenFinding = { kind: 'profanity', rule: 'bad-words', start: 0, end: 4, explanation: 'That word is rude.' };

function item(id: string, overrides: Partial<ReviewItem> = {}): ReviewItem {
	return {
		id,
		schoolId: 'school-1',
		classId: 'class-5oak',
		target: { type: 'chat-message', id: `msg-${id}` },
		authorId: 'pupil-1',
		status: 'pending',
		version: 1,
		verdict: 'allow',
		findings: [],
		submittedAt: new Date('2026-01-12T09:00:00Z'),
		decidedAt: null,
		decidedById: null,
		rejection: null,
		...overrides
	};
}

describe('bulkApprove', () => {
	it('approves clean pending items and skips the rest with why', () => {
		const items = [
			item('clean'),
			item('held', { verdict: 'hold' }),
			item('blocked', { verdict: 'block' }),
			item('flagged', { findings: [finding] }),
			item('done', { status: 'approved' }),
			item('escalated', { status: 'escalated' }),
			item('other-class', { classId: 'class-6ash' })
		];
		const result = bulkApprove(items, teacher, now);
		expect(result.approved.map((a) => [a.item.id, a.item.status, a.item.version])).toEqual([['clean', 'approved', 2]]);
		expect(result.skipped.map((s) => [s.item.id, s.why])).toEqual([
			['held', 'held-by-screen'],
			['blocked', 'blocked-by-screen'],
			['flagged', 'has-findings'],
			['done', 'not-pending'],
			['escalated', 'not-pending'],
			['other-class', 'not-allowed']
		]);
	});

	it('skips as a conflict an item that moved on since the teacher saw it', () => {
		const result = bulkApprove([item('a', { version: 2 })], teacher, now, new Map([['a', 1]]));
		expect(result.approved).toEqual([]);
		expect(result.skipped.map((s) => s.why)).toEqual(['conflict']);
	});

	it('treats an allow verdict with any finding as not clean', () => {
		expect(bulkSkipReason(item('x', { findings: [finding] }))).toBe('has-findings');
		expect(bulkSkipReason(item('y'))).toBeNull();
	});
});
