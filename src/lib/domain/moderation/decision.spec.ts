import { describe, expect, it } from 'vitest';
import { decide } from './decision';
import type { ReviewItem, Viewer } from './types';

const now = new Date('2026-01-12T09:30:00Z');
const later = new Date('2026-01-12T09:31:00Z');

const pending: ReviewItem = {
	id: 'item-1',
	schoolId: 'school-1',
	classId: 'class-5oak',
	target: { type: 'email', id: 'mail-1' },
	authorId: 'pupil-1',
	status: 'pending',
	version: 3,
	verdict: 'allow',
	findings: [],
	submittedAt: new Date('2026-01-12T09:00:00Z'),
	decidedAt: null,
	decidedById: null,
	rejection: null
};

const teacherA: Viewer = { id: 't-a', role: 'teacher', schoolId: 'school-1', classIds: ['class-5oak'] };
const teacherB: Viewer = { id: 't-b', role: 'teacher', schoolId: 'school-1', classIds: ['class-5oak'] };
const dsl: Viewer = { id: 'dsl-1', role: 'dsl', schoolId: 'school-1', classIds: [] };

describe('decide', () => {
	it('approves a pending item, bumping the version and recording history', () => {
		const result = decide(pending, { kind: 'approve' }, teacherA, 3, now);
		expect(result).toEqual({
			ok: true,
			item: { ...pending, status: 'approved', version: 4, decidedAt: now, decidedById: 't-a', rejection: null },
			history: {
				itemId: 'item-1',
				action: 'approve',
				fromStatus: 'pending',
				toStatus: 'approved',
				actorId: 't-a',
				actorRole: 'teacher',
				at: now,
				version: 4,
				rejection: null,
				note: null
			}
		});
		expect(pending.status).toBe('pending');
	});

	it('answers conflict to a second decision made on the stale version', () => {
		const first = decide(pending, { kind: 'approve' }, teacherA, 3, now);
		if (!first.ok) throw new Error('first decision should succeed');
		const second = decide(first.item, { kind: 'reject', code: 'might-upset' }, teacherB, 3, later);
		expect(second).toEqual({ ok: false, error: 'conflict' });
	});

	it('answers not-allowed to a decision on a decided item even with the current version', () => {
		const first = decide(pending, { kind: 'approve' }, teacherA, 3, now);
		if (!first.ok) throw new Error('first decision should succeed');
		expect(decide(first.item, { kind: 'reject', code: 'off-topic' }, teacherB, 4, later)).toEqual({
			ok: false,
			error: 'not-allowed'
		});
	});

	it('rejects with a reason the pupil will read', () => {
		const result = decide(pending, { kind: 'reject', code: 'personal-information', text: ' Ask me first. ' }, teacherA, 3, now);
		expect(result.ok && result.item.rejection).toEqual({ code: 'personal-information', text: 'Ask me first.' });
		expect(result.ok && result.history.rejection).toEqual({ code: 'personal-information', text: 'Ask me first.' });
	});

	it('answers invalid-reason for an unknown code, a bare "other" or an over-long note', () => {
		expect(decide(pending, { kind: 'reject', code: 'because' }, teacherA, 3, now)).toEqual({ ok: false, error: 'invalid-reason' });
		expect(decide(pending, { kind: 'reject', code: 'other' }, teacherA, 3, now)).toEqual({ ok: false, error: 'invalid-reason' });
		expect(decide(pending, { kind: 'escalate', note: 'x'.repeat(501) }, teacherA, 3, now)).toEqual({ ok: false, error: 'invalid-reason' });
	});

	it('escalates to the DSL without marking the item decided, then lets the DSL decide', () => {
		const escalated = decide(pending, { kind: 'escalate', note: 'Mentions meeting after school' }, teacherA, 3, now);
		if (!escalated.ok) throw new Error('escalation should succeed');
		expect(escalated.item).toMatchObject({ status: 'escalated', version: 4, decidedAt: null, decidedById: null });
		expect(escalated.history.note).toBe('Mentions meeting after school');
		expect(decide(escalated.item, { kind: 'approve' }, teacherA, 4, later)).toEqual({ ok: false, error: 'not-allowed' });
		const final = decide(escalated.item, { kind: 'reject', code: 'might-upset' }, dsl, 4, later);
		expect(final.ok && final.item).toMatchObject({ status: 'rejected', version: 5, decidedById: 'dsl-1' });
	});

	it('answers not-allowed to people outside the class or school, before any version check', () => {
		const otherClass: Viewer = { ...teacherA, classIds: ['class-6ash'] };
		const otherSchool: Viewer = { ...teacherA, schoolId: 'school-2' };
		const pupil: Viewer = { id: 'pupil-2', role: 'pupil', schoolId: 'school-1', classIds: ['class-5oak'] };
		for (const who of [otherClass, otherSchool, pupil]) {
			expect(decide(pending, { kind: 'approve' }, who, 99, now)).toEqual({ ok: false, error: 'not-allowed' });
		}
	});

	it('refuses to approve an item the screen blocked', () => {
		const blocked: ReviewItem = { ...pending, verdict: 'block' };
		expect(decide(blocked, { kind: 'approve' }, teacherA, 3, now)).toEqual({ ok: false, error: 'not-allowed' });
	});

	it('takes down an approved item only with a reason, and keeps an escalation note of up to 500 characters', () => {
		const approved = decide(pending, { kind: 'approve' }, teacherA, 3, now);
		if (!approved.ok) throw new Error('approval should succeed');
		expect(decide(approved.item, { kind: 'take-down', note: '  ' }, teacherA, 4, later)).toEqual({ ok: false, error: 'invalid-reason' });
		const down = decide(approved.item, { kind: 'take-down', note: 'Names a child from another school' }, teacherA, 4, later);
		expect(down.ok && [down.item.status, down.history.note]).toEqual(['removed', 'Names a child from another school']);
		const escalated = decide(pending, { kind: 'escalate', note: 'x'.repeat(500) }, teacherA, 3, now);
		expect(escalated.ok && escalated.history.note?.length).toBe(500);
	});
});
