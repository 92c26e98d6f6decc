// Allegations about the headteacher, for the chair of governors: the chair is told when a
// member of staff logs one (in the app and by email, one sentence, no detail), and reads the
// concerns and incidents about the head, and nothing else about any child. Signing one off
// goes through the incident's own steps (incident-steps.ts). The rule is
// domain/safeguarding/head-allegations.ts.
import { and, desc, eq } from 'drizzle-orm';
import type { Executor } from '../db';
import { concerns, incidents, users } from '../db/schema';
import type { Actor } from '../../domain/auth/permissions';
import { CONCERN_STATUS_LABELS } from '../../domain/safeguarding/concerns';
import { AuthorizationError, assertCan, ownSchool } from '../auth/authorize';
import { chairOfGovernorsId, isChairOfGovernors } from '../leadership/governors';
import { notify } from '../notifications/notify';
import { recordAudit } from '../audit/record';
import { loadIncident, type IncidentView } from './incident-records';
import type { Channel } from '../notifications/senders';

/** In the transaction that stored the concern: tell the chair, if the school has one. */
export async function notifyChairOfAllegation(tx: Executor, schoolId: string, concernId: string, now: Date): Promise<Channel[]> {
	const chairId = await chairOfGovernorsId(tx, schoolId);
	if (!chairId) return [];
	return notify(tx, {
		schoolId,
		userId: chairId,
		facts: { reason: 'allegation.head' },
		channels: ['in-app', 'email'],
		link: '/governor/allegations',
		target: { type: 'concern', id: concernId },
		dedupeKey: `allegation.head:${concernId}:${chairId}`,
		now
	});
}

/** Only the chair of governors gets past this; any other governor is refused. */
export async function assertChairOfGovernors(db: Executor, actor: Actor): Promise<void> {
	assertCan(actor, 'allegation.head', ownSchool(actor));
	if (!(await isChairOfGovernors(db, actor))) throw new AuthorizationError(403, 'Only the chair of governors can read this.');
}

export interface AllegationsForChair {
	concerns: { id: string; raisedBy: string; words: string; occurredAt: Date | null; raisedAt: Date; status: string; incidentId: string | null }[];
	incidents: { id: string; number: string; status: string; reportedAt: Date }[];
	/** Open concerns and incidents waiting for the chair's sign-off, for the governors' home. */
	waiting: number;
}

export async function listAllegationsForChair(db: Executor, actor: Actor): Promise<AllegationsForChair> {
	await assertChairOfGovernors(db, actor);
	const [concernRows, incidentRows] = await Promise.all([
		db
			.select({ c: concerns, firstName: users.firstName, surname: users.surname })
			.from(concerns)
			.leftJoin(users, eq(users.id, concerns.raisedById))
			.where(and(eq(concerns.schoolId, actor.schoolId), eq(concerns.aboutHead, true)))
			.orderBy(desc(concerns.createdAt)),
		db
			.select({ id: incidents.id, number: incidents.number, status: incidents.status, reportedAt: incidents.reportedAt })
			.from(incidents)
			.where(and(eq(incidents.schoolId, actor.schoolId), eq(incidents.aboutHead, true)))
			.orderBy(desc(incidents.reportedAt))
	]);
	return {
		concerns: concernRows.map(({ c, firstName, surname }) => ({
			id: c.id,
			raisedBy: firstName ? `${firstName} ${surname}` : 'A member of staff',
			words: c.words,
			occurredAt: c.occurredAt,
			raisedAt: c.createdAt,
			status: CONCERN_STATUS_LABELS[c.status],
			incidentId: c.incidentId
		})),
		incidents: incidentRows,
		waiting: concernRows.filter((r) => r.c.status === 'open').length + incidentRows.filter((r) => r.status === 'under-review').length
	};
}

/** For the governors' home: how many allegations wait for the chair, or null for anyone else. */
export async function allegationsWaitingForChair(db: Executor, actor: Actor): Promise<number | null> {
	if (!(await isChairOfGovernors(db, actor))) return null;
	return (await listAllegationsForChair(db, actor)).waiting;
}

/** One incident about the head, for the chair; any other incident is "not found". The look is audited. */
export async function getIncidentForChair(db: Executor, actor: Actor, incidentId: string): Promise<IncidentView> {
	await assertChairOfGovernors(db, actor);
	const { view } = await loadIncident(db, actor, incidentId);
	await recordAudit(db, { schoolId: actor.schoolId, actorId: actor.userId, action: 'incident.viewed', targetType: 'incident', targetId: view.incident.id });
	return view;
}
