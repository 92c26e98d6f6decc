// What the DSL does with a concern: read it (the look is audited), close it with a reason,
// or turn it into an incident (createIncident calls `markConcernIncident` in its own
// transaction when a concern is among the incident's evidence). Either decision is final,
// audited, and acknowledges the concern's alert. Only `concern.decide` (DSL, head) may.
import { and, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { Database, Executor } from '../db';
import { concernPupils, concerns, incidents, safeguardingAlerts, users, type ConcernRow } from '../db/schema';
import type { Actor } from '../../domain/auth/permissions';
import { CONCERN_CATEGORIES, CONCERN_STATUS_LABELS, concernDecisions, type ConcernCategory, type ConcernDecision } from '../../domain/safeguarding/concerns';
import { assertCan, ownSchool } from '../auth/authorize';
import { isUuid } from '../auth/resources';
import { recordAudit } from '../audit/record';
import { ConflictError, InputError, NotFoundError } from '../errors';
import { hiddenFromHead } from './record-viewer';

const RAISED_BY: Readonly<Record<ConcernRow['kind'], string>> = {
	'pupil-worried': 'the pupil (“I’m worried”)',
	'parent-concern': 'a parent',
	'staff-concern': 'a member of staff'
};

export interface ConcernView {
	id: string;
	kind: ConcernRow['kind'];
	raisedByLabel: string;
	raisedById: string | null;
	raisedByName: string;
	pupils: { id: string; name: string }[];
	words: string;
	/** About the headteacher: read by the DSL and the chair of governors, never the head. */
	aboutHead: boolean;
	category: string | null;
	occurredAt: Date | null;
	createdAt: Date;
	status: ConcernRow['status'];
	statusLabel: string;
	closedReason: string | null;
	decidedBy: string | null;
	decidedAt: Date | null;
	incident: { id: string; number: string } | null;
	alertId: string | null;
	allowed: ConcernDecision[];
}

const nameOf = (u: { firstName: string; surname: string } | undefined, erased?: string | null): string =>
	erased ?? (u ? `${u.firstName} ${u.surname}` : 'Someone');

async function describe(db: Executor, rows: readonly ConcernRow[]): Promise<ConcernView[]> {
	if (!rows.length) return [];
	const ids = rows.map((r) => r.id);
	const pupils = await db
		.select({
			concernId: concernPupils.concernId,
			id: concernPupils.pupilId,
			erased: concernPupils.nameAtErasure,
			firstName: users.firstName,
			surname: users.surname
		})
		.from(concernPupils)
		.innerJoin(users, eq(users.id, concernPupils.pupilId))
		.where(inArray(concernPupils.concernId, ids));
	const peopleIds = [...new Set(rows.flatMap((r) => [r.raisedById, r.decidedById]).filter((x): x is string => !!x))];
	const people = peopleIds.length
		? await db.select({ id: users.id, firstName: users.firstName, surname: users.surname }).from(users).where(inArray(users.id, peopleIds))
		: [];
	const person = new Map(people.map((p) => [p.id, p]));
	const incidentIds = rows.map((r) => r.incidentId).filter((x): x is string => !!x);
	const numbers = incidentIds.length
		? await db.select({ id: incidents.id, number: incidents.number }).from(incidents).where(inArray(incidents.id, incidentIds))
		: [];
	const alerts = await db
		.select({ id: safeguardingAlerts.id, sourceId: safeguardingAlerts.sourceId })
		.from(safeguardingAlerts)
		.where(and(eq(safeguardingAlerts.sourceType, 'concern'), inArray(safeguardingAlerts.sourceId, ids)));
	return rows.map((r) => ({
		id: r.id,
		kind: r.kind,
		raisedByLabel: RAISED_BY[r.kind],
		raisedById: r.raisedById,
		raisedByName: nameOf(r.raisedById ? person.get(r.raisedById) : undefined),
		pupils: pupils.filter((p) => p.concernId === r.id).map((p) => ({ id: p.id, name: nameOf(p, p.erased) })),
		words: r.words,
		aboutHead: r.aboutHead,
		category: r.category ? (CONCERN_CATEGORIES[r.category as ConcernCategory] ?? r.category) : null,
		occurredAt: r.occurredAt,
		createdAt: r.createdAt,
		status: r.status,
		statusLabel: CONCERN_STATUS_LABELS[r.status],
		closedReason: r.closedReason,
		decidedBy: r.decidedById ? nameOf(person.get(r.decidedById)) : null,
		decidedAt: r.decidedAt,
		incident: numbers.find((n) => n.id === r.incidentId) ?? null,
		alertId: alerts.find((a) => a.sourceId === r.id)?.id ?? null,
		allowed: concernDecisions(r.status)
	}));
}

/** The school's concerns, open first then newest, for the DSL. */
export async function listConcerns(db: Executor, actor: Actor, limit = 200): Promise<ConcernView[]> {
	assertCan(actor, 'concern.decide', ownSchool(actor));
	const rows = await db
		.select()
		.from(concerns)
		.where(and(eq(concerns.schoolId, actor.schoolId), hiddenFromHead(actor, concerns.aboutHead)))
		.orderBy(desc(concerns.createdAt))
		.limit(limit);
	const views = await describe(db, rows);
	return [...views.filter((v) => v.status === 'open'), ...views.filter((v) => v.status !== 'open')];
}

async function loadRow(db: Executor, actor: Actor, concernId: string, lock = false): Promise<ConcernRow> {
	const where = and(eq(concerns.id, concernId), eq(concerns.schoolId, actor.schoolId), hiddenFromHead(actor, concerns.aboutHead));
	const [row] = !isUuid(concernId) ? [] : lock ? await db.select().from(concerns).where(where).for('update') : await db.select().from(concerns).where(where);
	if (!row) throw new NotFoundError('That concern does not exist.');
	return row;
}

/** One concern with the raiser's words; the look is audited. */
export async function getConcern(db: Executor, actor: Actor, concernId: string): Promise<ConcernView> {
	assertCan(actor, 'concern.decide', ownSchool(actor));
	const row = await loadRow(db, actor, concernId);
	await recordAudit(db, { schoolId: actor.schoolId, actorId: actor.userId, action: 'safeguarding.concern_viewed', targetType: 'concern', targetId: row.id });
	return (await describe(db, [row]))[0]!;
}

/** The concern's own words and people, for an incident draft and its sealed evidence. */
export async function readConcernForDsl(db: Executor, actor: Actor, concernId: string): Promise<ConcernView | null> {
	assertCan(actor, 'concern.decide', ownSchool(actor));
	const [row] = isUuid(concernId)
		? await db
				.select()
				.from(concerns)
				.where(and(eq(concerns.id, concernId), eq(concerns.schoolId, actor.schoolId), hiddenFromHead(actor, concerns.aboutHead)))
		: [];
	return row ? (await describe(db, [row]))[0]! : null;
}

async function acknowledgeConcernAlerts(tx: Executor, actor: Actor, concernId: string, details: Record<string, unknown>, now: Date): Promise<void> {
	const open = await tx
		.update(safeguardingAlerts)
		.set({ acknowledgedAt: now, acknowledgedBy: actor.userId })
		.where(
			and(
				eq(safeguardingAlerts.schoolId, actor.schoolId),
				eq(safeguardingAlerts.sourceType, 'concern'),
				eq(safeguardingAlerts.sourceId, concernId),
				isNull(safeguardingAlerts.acknowledgedAt)
			)
		)
		.returning({ id: safeguardingAlerts.id });
	for (const a of open)
		await recordAudit(tx, {
			schoolId: actor.schoolId,
			actorId: actor.userId,
			action: 'safeguarding.alert_acknowledged',
			targetType: 'alert',
			targetId: a.id,
			details
		});
}

/** Closes an open concern without an incident; the reason is kept and audited. */
export async function closeConcern(db: Database, actor: Actor, concernId: string, reason: string, now = new Date()): Promise<void> {
	assertCan(actor, 'concern.decide', ownSchool(actor));
	const why = reason.trim();
	if (why.length < 5 || why.length > 1000) throw new InputError('reason', 'Say briefly (5 to 1000 characters) why it needs no incident.');
	await db.transaction(async (tx) => {
		const row = await loadRow(tx, actor, concernId, true);
		if (!concernDecisions(row.status).includes('close')) throw new ConflictError(`This concern was already ${CONCERN_STATUS_LABELS[row.status]}.`);
		await tx.update(concerns).set({ status: 'closed', closedReason: why, decidedById: actor.userId, decidedAt: now }).where(eq(concerns.id, row.id));
		await recordAudit(tx, {
			schoolId: actor.schoolId,
			actorId: actor.userId,
			action: 'safeguarding.concern_closed',
			targetType: 'concern',
			targetId: row.id,
			details: { reason: why }
		});
		await acknowledgeConcernAlerts(tx, actor, row.id, { concernClosed: true }, now);
	});
}

/** In createIncident's transaction: the concern becomes this incident (once only); says whether it is about the head. */
export async function markConcernIncident(tx: Executor, actor: Actor, concernId: string, incidentId: string, now: Date): Promise<{ aboutHead: boolean }> {
	assertCan(actor, 'concern.decide', ownSchool(actor));
	const row = await loadRow(tx, actor, concernId, true);
	if (!concernDecisions(row.status).includes('incident')) throw new ConflictError(`This concern was already ${CONCERN_STATUS_LABELS[row.status]}.`);
	await tx.update(concerns).set({ status: 'incident', incidentId, decidedById: actor.userId, decidedAt: now }).where(eq(concerns.id, row.id));
	await recordAudit(tx, {
		schoolId: actor.schoolId,
		actorId: actor.userId,
		action: 'safeguarding.concern_to_incident',
		targetType: 'concern',
		targetId: row.id,
		details: { incidentId }
	});
	await acknowledgeConcernAlerts(tx, actor, row.id, { incidentId }, now);
	return { aboutHead: row.aboutHead };
}
