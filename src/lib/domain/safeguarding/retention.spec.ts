import { describe, expect, it } from 'vitest';
import { DEFAULT_RETENTION, planPurge, validateRetentionSettings, type RetentionRow } from './retention';

const now = new Date('2026-06-01T00:00:00Z');
const daysAgo = (n: number): Date => new Date(now.getTime() - n * 86_400_000);

describe('validateRetentionSettings', () => {
	it('fills gaps from the defaults', () => {
		expect(validateRetentionSettings({ chatMessageDays: 180 })).toEqual({
			ok: true,
			value: { ...DEFAULT_RETENTION, chatMessageDays: 180 }
		});
	});

	it('keeps each setting within its bounds', () => {
		const result = validateRetentionSettings({ chatMessageDays: 5000, auditDays: 30, safeguardingUntilAge: 18, classEmailDays: 12.5 });
		expect(result.ok).toBe(false);
		expect(!result.ok && Object.keys(result.errors).sort()).toEqual(['auditDays', 'chatMessageDays', 'classEmailDays', 'safeguardingUntilAge']);
	});
});

describe('planPurge', () => {
	const rows: RetentionRow[] = [
		{ id: 'chat-old', category: 'chat-message', createdAt: daysAgo(366) },
		{ id: 'chat-new', category: 'chat-message', createdAt: daysAgo(364) },
		{ id: 'chat-held', category: 'chat-message', createdAt: daysAgo(900), onHold: true },
		{ id: 'audit-1y', category: 'audit-entry', createdAt: daysAgo(400) },
		{ id: 'audit-3y', category: 'audit-entry', createdAt: daysAgo(1100) },
		{ id: 'sg-25', category: 'safeguarding-record', createdAt: daysAgo(6000), pupilDateOfBirth: new Date('2001-05-31T00:00:00Z') },
		{ id: 'sg-24', category: 'safeguarding-record', createdAt: daysAgo(6000), pupilDateOfBirth: new Date('2001-06-02T00:00:00Z') },
		{ id: 'sg-no-dob', category: 'safeguarding-record', createdAt: daysAgo(9000) }
	];

	it('removes what is due and keeps the rest, with a reason for each', () => {
		const plan = planPurge(rows, DEFAULT_RETENTION, now);
		expect(plan.remove.map((d) => [d.id, d.reason])).toEqual([
			['chat-old', 'expired'],
			['audit-3y', 'expired'],
			['sg-25', 'expired']
		]);
		expect(plan.keep.map((d) => [d.id, d.reason])).toEqual([
			['chat-new', 'within-retention'],
			['chat-held', 'on-hold'],
			['audit-1y', 'within-retention'],
			['sg-24', 'within-retention'],
			['sg-no-dob', 'date-of-birth-unknown']
		]);
		expect(plan.keep.find((d) => d.id === 'sg-24')?.keepUntil).toEqual(new Date('2026-06-02T00:00:00Z'));
	});

	it('follows a school’s own settings', () => {
		const plan = planPurge(rows, { ...DEFAULT_RETENTION, chatMessageDays: 30, safeguardingUntilAge: 30 }, now);
		expect(plan.remove.map((d) => d.id)).toEqual(['chat-old', 'chat-new', 'audit-3y']);
	});
});
