import { describe, expect, it } from 'vitest';
import type { ReviewHistoryEntry } from '../moderation/types';
import { buildEvidenceSnapshot, digestEvidence, verifyEvidence, type EvidenceMessage, type EvidenceSnapshot } from './evidence';

const message: EvidenceMessage = {
	id: 'msg-1',
	schoolId: 'school-1',
	classId: 'class-5oak',
	authorId: 'pupil-1',
	targetType: 'chat-message',
	subject: null,
	body: 'dont tell anyone, meet me at the park',
	sentAt: new Date('2026-03-10T10:00:00Z'),
	verdict: 'hold',
	findings: [{ kind: 'meeting', rule: 'meeting.place', start: 19, end: 37, explanation: 'Arranging to meet' }]
};

const escalated: ReviewHistoryEntry = {
	itemId: 'item-1',
	action: 'escalate',
	fromStatus: 'pending',
	toStatus: 'escalated',
	actorId: 'teacher-1',
	actorRole: 'teacher',
	at: new Date('2026-03-10T10:05:00Z'),
	version: 2,
	rejection: null,
	note: 'Asks for secrecy'
};
const rejected: ReviewHistoryEntry = {
	...escalated,
	action: 'reject',
	fromStatus: 'escalated',
	toStatus: 'rejected',
	actorId: 'dsl-1',
	actorRole: 'dsl',
	at: new Date('2026-03-10T10:20:00Z'),
	version: 3,
	rejection: { code: 'personal-information', text: null },
	note: null
};
const capturedAt = new Date('2026-03-10T10:30:00Z');

describe('buildEvidenceSnapshot', () => {
	const sealed = buildEvidenceSnapshot(message, [rejected, escalated], 'dsl-1', capturedAt);

	it('copies the message and history as plain data, in version order', () => {
		expect(sealed.snapshot.message.sentAt).toBe('2026-03-10T10:00:00.000Z');
		expect(sealed.snapshot.history.map((h) => h.version)).toEqual([2, 3]);
		expect(sealed.snapshot.capturedAt).toBe('2026-03-10T10:30:00.000Z');
		expect(sealed.digest).toMatch(/^[0-9a-f]{64}$/);
		expect(JSON.parse(sealed.canonicalJson)).toEqual(sealed.snapshot);
	});

	it('is frozen, so the sealed copy cannot be edited in memory', () => {
		expect(Object.isFrozen(sealed.snapshot)).toBe(true);
		expect(Object.isFrozen(sealed.snapshot.message.findings[0])).toBe(true);
		expect(() => {
			(sealed.snapshot.message as { body: string }).body = 'changed';
		}).toThrow(TypeError);
	});

	it('gives the same digest for the same facts, whatever the key or history order', () => {
		const reordered = { ...message, findings: [...message.findings] };
		const again = buildEvidenceSnapshot(reordered, [escalated, rejected], 'dsl-1', capturedAt);
		expect(again.digest).toBe(sealed.digest);
		expect(verifyEvidence(sealed.snapshot, sealed.digest)).toBe(true);
	});

	it.each([
		['body', { ...message, body: 'dont tell anyone, meet me at the shop' }, [escalated, rejected], 'dsl-1', capturedAt],
		['author', { ...message, authorId: 'pupil-2' }, [escalated, rejected], 'dsl-1', capturedAt],
		['sent time', { ...message, sentAt: new Date('2026-03-10T10:00:01Z') }, [escalated, rejected], 'dsl-1', capturedAt],
		['verdict', { ...message, verdict: 'allow' as const }, [escalated, rejected], 'dsl-1', capturedAt],
		['finding span', { ...message, findings: [{ ...message.findings[0]!, start: 20 }] }, [escalated, rejected], 'dsl-1', capturedAt],
		['history removed', message, [escalated], 'dsl-1', capturedAt],
		['history note', message, [{ ...escalated, note: 'Fine' }, rejected], 'dsl-1', capturedAt],
		['captured by', message, [escalated, rejected], 'dsl-2', capturedAt],
		['captured at', message, [escalated, rejected], 'dsl-1', new Date('2026-03-10T10:31:00Z')]
	] as const)('changes the digest when the %s changes', (_field, m, history, by, at) => {
		expect(buildEvidenceSnapshot(m, history, by, at).digest).not.toBe(sealed.digest);
	});

	it('detects tampering with a stored snapshot', () => {
		const stored = JSON.parse(sealed.canonicalJson) as EvidenceSnapshot;
		const tampered = { ...stored, message: { ...stored.message, body: 'hello' } };
		expect(verifyEvidence(stored, sealed.digest)).toBe(true);
		expect(verifyEvidence(tampered, sealed.digest)).toBe(false);
		expect(digestEvidence(stored)).toBe(sealed.digest);
	});
});
