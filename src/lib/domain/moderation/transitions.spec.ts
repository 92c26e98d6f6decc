import { describe, expect, it } from 'vitest';
import { REPORT_TRANSITIONS, TRANSITIONS, availableActions, isDecided, statusAfter } from './transitions';
import type { ReviewItem, ReviewStatus, Role, ScreenVerdict, Viewer } from './types';

function item(status: ReviewStatus, verdict: ScreenVerdict = 'allow'): ReviewItem {
	return {
		id: 'item-1',
		schoolId: 'school-1',
		classId: 'class-5oak',
		target: { type: 'chat-message', id: 'msg-1' },
		authorId: 'pupil-1',
		status,
		version: 1,
		verdict,
		findings: [],
		submittedAt: new Date('2026-01-12T09:00:00Z'),
		decidedAt: null,
		decidedById: null,
		rejection: null
	};
}

function viewer(role: Role, classIds: string[] = [], schoolId = 'school-1'): Viewer {
	return { id: `${role}-1`, role, schoolId, classIds };
}

const teacherOfClass = viewer('teacher', ['class-5oak']);

describe('availableActions per status and role', () => {
	const table: [ReviewStatus, Viewer, string[]][] = [
		['pending', teacherOfClass, ['approve', 'reject', 'escalate']],
		['pending', viewer('teacher', ['class-6ash']), []],
		['pending', viewer('dsl'), []],
		['pending', viewer('admin'), []],
		['pending', viewer('pupil'), []],
		['pending', viewer('parent'), []],
		['escalated', viewer('dsl'), ['approve', 'reject']],
		['escalated', teacherOfClass, []],
		['escalated', viewer('admin'), []],
		['escalated', viewer('pupil'), []],
		['approved', teacherOfClass, ['take-down']],
		['approved', viewer('teacher', ['class-6ash']), []],
		['approved', viewer('dsl'), ['take-down']],
		['approved', viewer('admin'), []],
		['approved', viewer('pupil'), []],
		['removed', teacherOfClass, []],
		['rejected', teacherOfClass, []],
		['rejected', viewer('dsl'), []]
	];
	it.each(table)('%s item for %o', (status, who, expected) => {
		expect(availableActions(item(status), who)).toEqual(expected);
	});

	it('offers nothing across a school boundary', () => {
		expect(availableActions(item('pending'), viewer('teacher', ['class-5oak'], 'school-2'))).toEqual([]);
		expect(availableActions(item('escalated'), viewer('dsl', [], 'school-2'))).toEqual([]);
	});

	it('never offers approve on an item the screen blocked', () => {
		expect(availableActions(item('pending', 'block'), teacherOfClass)).toEqual(['reject', 'escalate']);
		expect(availableActions(item('escalated', 'block'), viewer('dsl'))).toEqual(['reject']);
	});

	it('still offers approve on a held item, for a person to decide', () => {
		expect(availableActions(item('pending', 'hold'), teacherOfClass)).toContain('approve');
	});
});

describe('status helpers', () => {
	it('maps actions to statuses and treats only approved/rejected as decided', () => {
		expect(statusAfter('approve')).toBe('approved');
		expect(statusAfter('reject')).toBe('rejected');
		expect(statusAfter('escalate')).toBe('escalated');
		expect([isDecided('approved'), isDecided('rejected')]).toEqual([true, true]);
		expect([isDecided('pending'), isDecided('escalated')]).toEqual([false, false]);
	});

	it('gives no role any action on a final item; an approved one can only be taken down', () => {
		expect(TRANSITIONS.approved).toEqual({ teacher: ['take-down'], dsl: ['take-down'] });
		for (const status of ['rejected', 'upheld', 'dismissed', 'removed'] as const) {
			expect(TRANSITIONS[status]).toEqual({});
			expect(REPORT_TRANSITIONS[status]).toEqual({});
		}
	});
});

describe('reports are their own kind of item', () => {
	const report = (status: ReviewStatus): ReviewItem => ({ ...item(status), target: { type: 'report', id: 'msg-1' } });
	it.each([
		['pending', teacherOfClass, ['uphold', 'dismiss', 'escalate']],
		['pending', viewer('teacher', ['class-6ash']), []],
		['pending', viewer('dsl'), []],
		['escalated', viewer('dsl'), ['uphold', 'dismiss']],
		['escalated', teacherOfClass, []],
		['upheld', teacherOfClass, []],
		['dismissed', viewer('dsl'), []]
	] as [ReviewStatus, Viewer, string[]][])('%s report for %o', (status, who, expected) => {
		expect(availableActions(report(status), who)).toEqual(expected);
	});

	it('close as upheld or dismissed, and nothing is ever approved or taken down', () => {
		expect([statusAfter('uphold'), statusAfter('dismiss'), statusAfter('take-down')]).toEqual(['upheld', 'dismissed', 'removed']);
		expect(REPORT_TRANSITIONS.approved).toEqual({});
	});
});
