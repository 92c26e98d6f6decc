import { describe, expect, it } from 'vitest';
import type { Role } from '../moderation/types';
import { addReviewResult, allowedIncidentActions, canRecordIncident, transitionIncident, type Incident } from './incident';

const now = new Date('2026-03-12T09:00:00Z');

const open: Incident = {
	id: 'inc-1',
	schoolId: 'school-1',
	number: '2026-0001',
	status: 'open',
	reportedById: 'teacher-1',
	reportedToId: 'dsl-1',
	occurredAt: new Date('2026-03-10T10:00:00Z'),
	reportedAt: new Date('2026-03-10T10:30:00Z'),
	pupilIds: ['pupil-1'],
	staffIds: ['teacher-9'],
	description: 'Unkind messages sent in class chat.',
	categoryKey: 'pupil-C',
	actionsTaken: [{ action: 'refer-class-teacher', detail: null, at: new Date('2026-03-10T11:00:00Z') }],
	parentsInformed: null,
	reviewDate: null,
	reviewResult: null,
	signOff: null,
	evidenceDigests: []
};
const underReview: Incident = { ...open, status: 'under-review' };
const signedOff: Incident = { ...open, status: 'signed-off', signOff: { byId: 'head-1', at: now } };

describe('allowedIncidentActions', () => {
	const head = { id: 'head-1', isHeadteacher: true };
	const table: [string, Incident, Role, { id?: string; isHeadteacher?: boolean }, string[]][] = [
		['dsl, open', open, 'dsl', { id: 'dsl-1' }, ['view', 'edit', 'start-review']],
		['dsl, under review', underReview, 'dsl', { id: 'dsl-1' }, ['view', 'edit', 'add-review-result']],
		['dsl, signed off', signedOff, 'dsl', { id: 'dsl-1' }, ['view', 'add-review-result']],
		['dsl, signed off with result', { ...signedOff, reviewResult: 'ok' }, 'dsl', {}, ['view']],
		['head, under review', underReview, 'teacher', head, ['view', 'edit', 'add-review-result', 'sign-off']],
		['head, open', open, 'dsl', head, ['view', 'edit', 'start-review']],
		['teacher', open, 'teacher', { id: 'teacher-1' }, []],
		['admin', open, 'admin', {}, []],
		['parent', open, 'parent', {}, []],
		['pupil', open, 'pupil', {}, []],
		['pupil claiming head', open, 'pupil', { isHeadteacher: true }, []],
		['dsl named in it', open, 'dsl', { id: 'teacher-9' }, ['view']],
		['head named in it', underReview, 'teacher', { id: 'teacher-9', isHeadteacher: true }, ['view']]
	];
	it.each(table)('%s', (_label, incident, role, actor, expected) => {
		expect(allowedIncidentActions(incident, role, actor)).toEqual(expected);
	});

	it('lets staff record incidents, and nobody else', () => {
		expect((['pupil', 'parent', 'teacher', 'dsl', 'admin'] as const).map(canRecordIncident)).toEqual([false, false, true, true, false]);
	});
});

describe('transitionIncident and addReviewResult', () => {
	it('moves open → under review → signed off', () => {
		const reviewing = transitionIncident(open, 'start-review', 'dsl', { id: 'dsl-1' }, now);
		expect(reviewing.ok && reviewing.incident.status).toBe('under-review');
		if (!reviewing.ok) return;
		expect(transitionIncident(reviewing.incident, 'sign-off', 'dsl', { id: 'dsl-1' }, now)).toEqual({ ok: false, error: 'not-allowed' });
		const signed = transitionIncident(reviewing.incident, 'sign-off', 'dsl', { id: 'head-1', isHeadteacher: true }, now);
		expect(signed.ok && signed.incident).toMatchObject({ status: 'signed-off', signOff: { byId: 'head-1', at: now } });
	});

	it('will not sign off an incident with no action recorded', () => {
		const bare = { ...underReview, actionsTaken: [] };
		expect(transitionIncident(bare, 'sign-off', 'teacher', { id: 'head-1', isHeadteacher: true }, now)).toEqual({
			ok: false,
			error: 'incomplete'
		});
	});

	it('adds a review result to a signed-off incident once', () => {
		const added = addReviewResult(signedOff, ' Behaviour improved. ', 'dsl', { id: 'dsl-1' }, now);
		expect(added.ok && added.incident).toMatchObject({ reviewResult: 'Behaviour improved.', reviewDate: now, status: 'signed-off' });
		if (!added.ok) return;
		expect(addReviewResult(added.incident, 'Again', 'dsl', { id: 'dsl-1' }, now)).toEqual({ ok: false, error: 'not-allowed' });
		expect(addReviewResult(signedOff, '   ', 'dsl', { id: 'dsl-1' }, now)).toEqual({ ok: false, error: 'invalid-result' });
	});
});
