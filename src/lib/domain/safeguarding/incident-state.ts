/**
 * The incident life cycle: open → under review → signed off.
 *
 * Rules owned here:
 * - staff (teachers and the DSL) record incidents; pupils, parents and school
 *   admins do not open the log (admins set the school up, they do not handle cases);
 * - the DSL, as e-safety officer, keeps the log: edits open and under-review
 *   incidents and moves them under review;
 * - only the headteacher signs off, and only an incident under review that has at
 *   least one action recorded (the log asks what action was taken);
 * - once signed off an incident is read-only, except that a review result may be
 *   added once, since reviews often fall due after sign-off;
 * - nobody edits or signs off an incident they are named in: a concern about a
 *   member of staff goes above them (to the head, or about the head to the chair
 *   of governors and the LADO), so the person involved only reads it;
 * - an incident about the head is hidden from the head and signed off by the chair
 *   of governors, who only reads and signs it (head-allegations.ts).
 */
import type { Role } from '../moderation/types';
import type { Incident } from './incident';
import { readsSafeguardingRecord, signsOff } from './head-allegations';

export type IncidentAction = 'view' | 'edit' | 'start-review' | 'sign-off' | 'add-review-result';

export interface IncidentActor {
	readonly id?: string;
	readonly isHeadteacher?: boolean;
	readonly isChairOfGovernors?: boolean;
}

export type TransitionResult =
	{ readonly ok: true; readonly incident: Incident } | { readonly ok: false; readonly error: 'not-allowed' | 'incomplete' | 'invalid-result' };

const STAFF_ROLES: readonly Role[] = ['teacher', 'dsl'];

export function canRecordIncident(role: Role): boolean {
	return STAFF_ROLES.includes(role);
}

function keeperActions(incident: Incident): IncidentAction[] {
	if (incident.status === 'open') return ['view', 'edit', 'start-review'];
	if (incident.status === 'under-review') return ['view', 'edit', 'add-review-result'];
	return incident.reviewResult === null ? ['view', 'add-review-result'] : ['view'];
}

/** What this actor may do with this incident now; the page shows exactly these. */
export function allowedIncidentActions(incident: Incident, actorRole: Role, actor: IncidentActor = {}): IncidentAction[] {
	const record = { aboutHead: incident.aboutHead === true };
	const viewer = { role: actorRole, isChairOfGovernors: actor.isChairOfGovernors === true };
	if (record.aboutHead) {
		if (!readsSafeguardingRecord(viewer, record)) return [];
		if (actorRole === 'governor') return signsOff(viewer, record) && incident.status === 'under-review' ? ['view', 'sign-off'] : ['view'];
	}
	const isHead = actor.isHeadteacher === true && STAFF_ROLES.concat('admin').includes(actorRole);
	if (actorRole !== 'dsl' && !isHead) return [];
	const involved = actor.id !== undefined && (incident.staffIds.includes(actor.id) || incident.pupilIds.includes(actor.id));
	if (involved) return ['view'];
	const actions = keeperActions(incident);
	if (isHead && !record.aboutHead && incident.status === 'under-review') actions.push('sign-off');
	return actions;
}

/** Moves an incident under review, or signs it off. */
export function transitionIncident(
	incident: Incident,
	action: 'start-review' | 'sign-off',
	actorRole: Role,
	actor: IncidentActor & { readonly id: string },
	now: Date
): TransitionResult {
	if (!allowedIncidentActions(incident, actorRole, actor).includes(action)) return { ok: false, error: 'not-allowed' };
	if (action === 'start-review') return { ok: true, incident: { ...incident, status: 'under-review' } };
	if (incident.actionsTaken.length === 0) return { ok: false, error: 'incomplete' };
	return { ok: true, incident: { ...incident, status: 'signed-off', signOff: { byId: actor.id, at: now } } };
}

// Matches the review-result limit used by the incident validator.
const REVIEW_RESULT_MAX = 5000;

/** Records the result of the review; the one change a signed-off incident accepts. */
export function addReviewResult(incident: Incident, result: string, actorRole: Role, actor: IncidentActor, now: Date): TransitionResult {
	if (!allowedIncidentActions(incident, actorRole, actor).includes('add-review-result')) {
		return { ok: false, error: 'not-allowed' };
	}
	const text = result.trim();
	if (text === '' || text.length > REVIEW_RESULT_MAX) return { ok: false, error: 'invalid-result' };
	// A review with no date set is dated the day its result is recorded.
	return { ok: true, incident: { ...incident, reviewResult: text, reviewDate: incident.reviewDate ?? now } };
}
