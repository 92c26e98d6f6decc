/**
 * Allegations about the headteacher (the policies: a concern about the head goes to the chair
 * of governors, never to the head).
 *
 * Rules owned here:
 * - any member of staff may mark a concern "about the headteacher"; its alert and the incident
 *   made from it carry the mark;
 * - a record with the mark is hidden from the head (the school admin acts as head here) on every
 *   page, list, export and audit view; the termly report's counts are numbers, not records;
 * - the safeguarding lead reads every record, marked or not, and keeps the log as usual;
 * - the chair of governors reads the marked records and nothing else about a child; any other
 *   governor reads none; teachers, parents and pupils read none through this rule;
 * - an incident with the mark is signed off by the chair, never by the head.
 * Pure: the caller says who is asking and whether they are the chair.
 */
import type { Role } from '../auth/roles';

export interface RecordViewer {
	readonly role: Role;
	/** Whether this governor is their school's chair of governors; false for everyone else. */
	readonly isChairOfGovernors: boolean;
}

export interface MarkedRecord {
	readonly aboutHead: boolean;
}

/** Whether this person may see this concern, alert or incident at all (the school boundary is checked first, by `can`). */
export function readsSafeguardingRecord(viewer: RecordViewer, record: MarkedRecord): boolean {
	switch (viewer.role) {
		case 'dsl':
			return true;
		case 'admin':
			return !record.aboutHead;
		case 'governor':
			return viewer.isChairOfGovernors && record.aboutHead;
		default:
			return false;
	}
}

/** Lists and searches for this role must leave out every record about the head. */
export function hidesRecordsAboutHead(role: Role): boolean {
	return role === 'admin';
}

/** Who signs off an incident: the chair for one about the head, the head for any other. */
export function signsOff(viewer: RecordViewer, record: MarkedRecord): boolean {
	if (record.aboutHead) return viewer.role === 'governor' && viewer.isChairOfGovernors;
	return viewer.role === 'admin';
}
