import { describe, expect, it } from 'vitest';
import { bulkSkipReason, type BulkFacts } from './bulk';
import type { ReviewItem, ScreenFinding } from './types';

const finding: ScreenFinding = { kind: 'profanity', rule: 'bad-words', start: 0, end: 4, explanation: 'That word is rude.' };
const plain: BulkFacts = { imageCount: 0, authorSanctioned: false };

function item(overrides: Partial<ReviewItem> = {}): ReviewItem {
	return {
		id: 'i-1',
		schoolId: 'school-1',
		classId: 'class-5oak',
		target: { type: 'chat-message', id: 'msg-1' },
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

describe('bulkSkipReason', () => {
	it('lets through only a clean, pending, unreported text item by a pupil under no sanction', () => {
		expect(bulkSkipReason(item(), plain)).toBeNull();
		expect(bulkSkipReason(item({ target: { type: 'email', id: 'e' } }), plain)).toBeNull();
	});

	it.each([
		['a decided item', item({ status: 'approved' }), plain, 'not-pending'],
		['an escalated item', item({ status: 'escalated' }), plain, 'not-pending'],
		['a report, even of a clean message', item({ target: { type: 'report', id: 'msg-1' } }), plain, 'reported'],
		['a held item', item({ verdict: 'hold' }), plain, 'held-by-screen'],
		['a blocked item', item({ verdict: 'block' }), plain, 'blocked-by-screen'],
		['an allow verdict with any finding', item({ findings: [finding] }), plain, 'has-findings'],
		['work with a photo', item({ target: { type: 'shared-work', id: 'w' } }), { imageCount: 1, authorSanctioned: false }, 'has-images'],
		['a pupil whose messaging is paused', item(), { imageCount: 0, authorSanctioned: true }, 'author-sanctioned']
	] as const)('skips %s', (_name, it_, facts, why) => {
		expect(bulkSkipReason(it_, facts)).toBe(why);
	});
});
