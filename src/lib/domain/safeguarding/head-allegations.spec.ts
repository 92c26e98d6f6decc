import { describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../auth/roles';
import { hidesRecordsAboutHead, readsSafeguardingRecord, signsOff } from './head-allegations';
import { allowedIncidentActions, type Incident } from './incident';

const aboutHead = { aboutHead: true };
const ordinary = { aboutHead: false };

describe('who reads a safeguarding record', () => {
	// role, chair?, reads a record about the head, reads any other record, signs off about the head, signs off any other
	const table: [Role, boolean, boolean, boolean, boolean, boolean][] = [
		['dsl', false, true, true, false, false],
		['admin', false, false, true, false, true],
		// A head cannot make themselves chair: the flag does not open what the role closes.
		['admin', true, false, true, false, true],
		['governor', true, true, false, true, false],
		['governor', false, false, false, false, false],
		['teacher', false, false, false, false, false],
		['teacher', true, false, false, false, false],
		['parent', false, false, false, false, false],
		['pupil', true, false, false, false, false]
	];
	it.each(table)('%s (chair: %s)', (role, isChairOfGovernors, readsHead, readsOther, signsHead, signsOther) => {
		const viewer = { role, isChairOfGovernors };
		expect([
			readsSafeguardingRecord(viewer, aboutHead),
			readsSafeguardingRecord(viewer, ordinary),
			signsOff(viewer, aboutHead),
			signsOff(viewer, ordinary)
		]).toEqual([readsHead, readsOther, signsHead, signsOther]);
	});

	it('makes only the head leave records about the head out of lists', () => {
		expect(ROLES.filter(hidesRecordsAboutHead)).toEqual(['admin']);
	});
});

describe('the incident actions for an allegation about the head', () => {
	const base: Incident = {
		id: 'inc-1',
		schoolId: 'school-1',
		number: '2026-0001',
		status: 'under-review',
		reportedById: 'teacher-1',
		reportedToId: 'dsl-1',
		occurredAt: new Date('2026-03-10T10:00:00Z'),
		reportedAt: new Date('2026-03-10T10:30:00Z'),
		pupilIds: ['pupil-1'],
		staffIds: [],
		description: 'A concern about the headteacher’s messages to a pupil.',
		categoryKey: 'staff-B',
		actionsTaken: [{ action: 'refer-governors', detail: null, at: new Date('2026-03-10T11:00:00Z') }],
		parentsInformed: null,
		reviewDate: null,
		reviewResult: null,
		signOff: null,
		evidenceDigests: [],
		aboutHead: true
	};
	const head = { id: 'head-1', isHeadteacher: true };
	const chair = { id: 'gov-1', isChairOfGovernors: true };
	const table: [string, Incident, Role, object, string[]][] = [
		['the head, under review', base, 'admin', head, []],
		['the head, open', { ...base, status: 'open' }, 'admin', head, []],
		['the chair, under review', base, 'governor', chair, ['view', 'sign-off']],
		['the chair, open', { ...base, status: 'open' }, 'governor', chair, ['view']],
		['the chair, signed off', { ...base, status: 'signed-off', signOff: { byId: 'gov-1', at: new Date() } }, 'governor', chair, ['view']],
		['another governor', base, 'governor', { id: 'gov-2' }, []],
		['the DSL keeps it but does not sign it', base, 'dsl', { id: 'dsl-1' }, ['view', 'edit', 'add-review-result']],
		['a teacher', base, 'teacher', { id: 'teacher-1' }, []],
		['the chair, an ordinary incident', { ...base, aboutHead: false }, 'governor', chair, []],
		['the head, an ordinary incident', { ...base, aboutHead: false }, 'admin', head, ['view', 'edit', 'add-review-result', 'sign-off']]
	];
	it.each(table)('%s', (_label, incident, role, actor, expected) => {
		expect(allowedIncidentActions(incident, role, actor)).toEqual(expected);
	});
});
