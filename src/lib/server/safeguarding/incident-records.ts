// Reading the incident log: rows → the domain's Incident (for its rules) and → the view the
// pages show (names instead of ids, evidence with its seal checked, what this viewer may do).
// Only the DSL and the head (incident.read) read it, and only in their own school; an incident
// about the head is hidden from the head and read by the chair of governors instead
// (domain/safeguarding/head-allegations.ts).
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../db';
import { incidentActions, incidentEvidence, incidentPeople, incidents, users, type IncidentRow } from '../db/schema';
import type { Actor } from '../../domain/auth/permissions';
import { allowedIncidentActions, type Incident, type IncidentAction, type ParentContactMethod } from '../../domain/safeguarding/incident';
import { verifyEvidence, type EvidenceSnapshot } from '../../domain/safeguarding/evidence';
import type { CategoryKey, ResponseAction } from '../../domain/safeguarding/categories';
import { assertCan, ownSchool } from '../auth/authorize';
import { isUuid } from '../auth/resources';
import { NotFoundError } from '../errors';
import { readsSafeguardingRecord, type RecordViewer } from '../../domain/safeguarding/head-allegations';
import { hiddenFromHead, recordViewerOf } from './record-viewer';

export interface IncidentActionView {
	id: string;
	action: string;
	detail: string | null;
	at: Date;
	sanction: string | null;
}

export interface EvidenceView {
	id: string;
	sourceType: string;
	sourceId: string;
	digest: string;
	intact: boolean;
	capturedAt: Date;
	snapshot: EvidenceSnapshot;
}

export interface IncidentView {
	incident: Incident;
	names: Record<string, string>;
	actions: IncidentActionView[];
	evidence: EvidenceView[];
	allowed: IncidentAction[];
	aboutHead: boolean;
	createdAt: Date;
	onHold: boolean;
}

/** The school admin acts as headteacher (the policies' sign-off); the chair of governors signs off one about the head. */
export const headteacherOf = (actor: Actor, viewer?: RecordViewer) => ({
	id: actor.userId,
	isHeadteacher: actor.role === 'admin',
	isChairOfGovernors: viewer?.isChairOfGovernors === true
});

/** Who may open the log at all: its keepers, or a governor (the chair, checked per incident). */
export function assertMayOpenIncidents(actor: Actor): void {
	assertCan(actor, actor.role === 'governor' ? 'allegation.head' : 'incident.read', ownSchool(actor));
}

export function toIncident(row: IncidentRow, people: { userId: string; role: string }[], actions: IncidentActionView[], digests: string[]): Incident {
	return {
		id: row.id,
		schoolId: row.schoolId,
		number: row.number,
		status: row.status,
		reportedById: row.reportedById,
		reportedToId: row.reportedToId,
		occurredAt: row.occurredAt,
		reportedAt: row.reportedAt,
		pupilIds: people.filter((p) => p.role === 'pupil').map((p) => p.userId),
		staffIds: people.filter((p) => p.role === 'staff').map((p) => p.userId),
		description: row.description,
		categoryKey: row.categoryKey as CategoryKey,
		actionsTaken: actions.map((a) => ({ action: a.action as ResponseAction | 'other', detail: a.detail, at: a.at })),
		parentsInformed: row.parentsInformedAt ? { at: row.parentsInformedAt, method: row.parentsInformedMethod as ParentContactMethod } : null,
		reviewDate: row.reviewDate,
		reviewResult: row.reviewResult,
		signOff: row.signedOffAt && row.signedOffById ? { byId: row.signedOffById, at: row.signedOffAt } : null,
		evidenceDigests: digests,
		aboutHead: row.aboutHead
	};
}

async function namesOf(db: Executor, schoolId: string, ids: string[]): Promise<Record<string, string>> {
	const unique = [...new Set(ids.filter(Boolean))];
	if (!unique.length) return {};
	const rows = await db
		.select({ id: users.id, firstName: users.firstName, surname: users.surname, role: users.role })
		.from(users)
		.where(and(eq(users.schoolId, schoolId), inArray(users.id, unique)));
	return Object.fromEntries(rows.map((u) => [u.id, `${u.firstName} ${u.surname}`]));
}

/** One incident with its people, actions and evidence; the row is locked when `forUpdate`. */
export async function loadIncident(
	db: Executor,
	actor: Actor,
	incidentId: string,
	forUpdate = false
): Promise<{ row: IncidentRow; incident: Incident; view: IncidentView; viewer: RecordViewer }> {
	assertMayOpenIncidents(actor);
	const viewer = await recordViewerOf(db, actor);
	const where = and(eq(incidents.id, isUuid(incidentId) ? incidentId : '00000000-0000-0000-0000-000000000000'), eq(incidents.schoolId, actor.schoolId));
	const [row] = forUpdate ? await db.select().from(incidents).where(where).for('update') : await db.select().from(incidents).where(where);
	// Hidden is the same answer as missing: the head learns nothing from an id.
	if (!row || !readsSafeguardingRecord(viewer, row)) throw new NotFoundError('That incident does not exist.');
	const [people, actionRows, evidenceRows] = await Promise.all([
		db
			.select({ userId: incidentPeople.userId, role: incidentPeople.role, nameAtErasure: incidentPeople.nameAtErasure })
			.from(incidentPeople)
			.where(eq(incidentPeople.incidentId, row.id)),
		db.select().from(incidentActions).where(eq(incidentActions.incidentId, row.id)).orderBy(asc(incidentActions.at), asc(incidentActions.recordedAt)),
		db.select().from(incidentEvidence).where(eq(incidentEvidence.incidentId, row.id)).orderBy(asc(incidentEvidence.capturedAt))
	]);
	const actions = actionRows.map((a) => ({ id: a.id, action: a.action, detail: a.detail, at: a.at, sanction: a.sanction }));
	const incident = toIncident(
		row,
		people,
		actions,
		evidenceRows.map((e) => e.digest)
	);
	const evidence = evidenceRows.map((e) => ({
		id: e.id,
		sourceType: e.sourceType,
		sourceId: e.sourceId,
		digest: e.digest,
		intact: verifyEvidence(e.snapshot, e.digest),
		capturedAt: e.capturedAt,
		snapshot: e.snapshot
	}));
	const ids = [
		row.reportedById,
		row.reportedToId,
		row.signedOffById ?? '',
		...people.map((p) => p.userId),
		...evidenceRows.flatMap((e) => (e.snapshot.message.authorId ? [e.snapshot.message.authorId] : []))
	];
	const view: IncidentView = {
		incident,
		names: {
			...(await namesOf(db, actor.schoolId, ids)),
			// A leaver's account is anonymised; the record keeps the name it was about.
			...Object.fromEntries(people.filter((p) => p.nameAtErasure).map((p) => [p.userId, `${p.nameAtErasure} (left; account erased)`]))
		},
		actions,
		evidence,
		allowed: allowedIncidentActions(incident, actor.role, headteacherOf(actor, viewer)),
		aboutHead: row.aboutHead,
		createdAt: row.createdAt,
		onHold: row.onHold
	};
	return { row, incident, view, viewer };
}

export interface IncidentListItem {
	id: string;
	number: string;
	status: string;
	categoryKey: string;
	reportedAt: Date;
	summary: string;
}

export async function listIncidents(db: Executor, actor: Actor): Promise<IncidentListItem[]> {
	assertCan(actor, 'incident.read', ownSchool(actor));
	const rows = await db
		.select()
		.from(incidents)
		.where(and(eq(incidents.schoolId, actor.schoolId), hiddenFromHead(actor, incidents.aboutHead)))
		.orderBy(desc(incidents.reportedAt))
		.limit(500);
	return rows.map((r) => ({
		id: r.id,
		number: r.number,
		status: r.status,
		categoryKey: r.categoryKey,
		reportedAt: r.reportedAt,
		summary: r.description.length > 120 ? `${r.description.slice(0, 117)}…` : r.description
	}));
}
