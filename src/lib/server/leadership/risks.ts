// The risk log: leaders add, review and close risks; every change is kept in the risk's
// history and the audit log in the same transaction. Governors read it (no child is ever in it).
import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Database, Executor } from '../db';
import { userFullName } from '../db/full-name';
import { riskHistory, risks, users } from '../db/schema';
import type { Actor } from '../../domain/auth/permissions';
import { assertCan, ownSchool } from '../auth/authorize';
import { recordAudit } from '../audit/record';
import { ConflictError, InputError, NotFoundError } from '../errors';
import { diffRisk, isReviewOverdue, riskBand, riskRating, type RiskBand, type RiskCategory, type RiskFields } from '../../domain/leadership/risks';
import type { RiskInput } from '../../domain/leadership/inputs';
import { londonDate } from '../../domain/calendar';
import { STARTER_RISKS } from '../../domain/leadership/starter-risks';

export interface RiskView extends RiskFields {
	id: string;
	ownerName: string;
	rating: number;
	band: RiskBand;
	overdue: boolean;
	closed: boolean;
	version: number;
}

export interface RiskHistoryView {
	action: string;
	actorName: string;
	at: string;
	note: string;
	changes: { field: string; from: string; to: string }[];
}

/** Owners must be leaders of this school: the head or the safeguarding lead. */
async function assertOwnerIsLeader(db: Executor, actor: Actor, ownerId: string): Promise<void> {
	const [owner] = await db
		.select({ id: users.id })
		.from(users)
		.where(and(eq(users.id, ownerId), eq(users.schoolId, actor.schoolId), inArray(users.role, ['admin', 'dsl', 'teacher'])));
	if (!owner) throw new InputError('ownerId', 'Choose an owner from the list.');
}

function fieldsOf(row: typeof risks.$inferSelect): RiskFields {
	return {
		title: row.title,
		description: row.description,
		category: row.category as RiskCategory,
		likelihood: row.likelihood,
		impact: row.impact,
		ownerId: row.ownerId,
		mitigations: row.mitigations,
		reviewOn: row.reviewOn
	};
}

function toView(row: typeof risks.$inferSelect, ownerName: string, today: string): RiskView {
	const rating = riskRating(row.likelihood, row.impact);
	return {
		...fieldsOf(row),
		id: row.id,
		ownerName,
		rating,
		band: riskBand(rating),
		overdue: row.closedAt === null && isReviewOverdue(row.reviewOn, today),
		closed: row.closedAt !== null,
		version: row.version
	};
}

const ownerName = userFullName;

export async function listRisks(db: Database, actor: Actor, now = new Date()): Promise<RiskView[]> {
	assertCan(actor, 'risk.read', ownSchool(actor));
	const rows = await db
		.select({ risk: risks, ownerName })
		.from(risks)
		.innerJoin(users, eq(users.id, risks.ownerId))
		.where(eq(risks.schoolId, actor.schoolId))
		.orderBy(asc(risks.closedAt), desc(sql`${risks.likelihood} * ${risks.impact}`), asc(risks.reviewOn));
	const today = londonDate(now);
	return rows.map((r) => toView(r.risk, r.ownerName, today));
}

/** Open risks whose review date has passed: shown on the head's and DSL's home. */
export async function countOverdueRisks(db: Database, actor: Actor, now = new Date()): Promise<number> {
	assertCan(actor, 'risk.read', ownSchool(actor));
	const [row] = await db
		.select({ n: sql<number>`count(*)::int` })
		.from(risks)
		.where(and(eq(risks.schoolId, actor.schoolId), isNull(risks.closedAt), sql`${risks.reviewOn} < ${londonDate(now)}`));
	return row?.n ?? 0;
}

export async function riskHistoryOf(db: Database, actor: Actor, riskId: string): Promise<RiskHistoryView[]> {
	assertCan(actor, 'risk.read', ownSchool(actor));
	const rows = await db
		.select({ h: riskHistory, actorName: ownerName })
		.from(riskHistory)
		.innerJoin(risks, eq(risks.id, riskHistory.riskId))
		.innerJoin(users, eq(users.id, riskHistory.actorId))
		.where(and(eq(riskHistory.riskId, riskId), eq(risks.schoolId, actor.schoolId)))
		.orderBy(desc(riskHistory.at));
	return rows.map((r) => ({ action: r.h.action, actorName: r.actorName, at: r.h.at.toISOString(), note: r.h.note, changes: r.h.changes }));
}

export async function addRisk(db: Database, actor: Actor, input: RiskInput): Promise<string> {
	assertCan(actor, 'risk.manage', ownSchool(actor));
	return db.transaction(async (tx) => {
		await assertOwnerIsLeader(tx, actor, input.ownerId);
		const [row] = await tx
			.insert(risks)
			.values({ ...input, schoolId: actor.schoolId, createdBy: actor.userId })
			.returning({ id: risks.id });
		await tx.insert(riskHistory).values({ riskId: row!.id, actorId: actor.userId, action: 'added' });
		await recordAudit(tx, {
			schoolId: actor.schoolId,
			actorId: actor.userId,
			action: 'risk.added',
			targetType: 'risk',
			targetId: row!.id,
			details: { title: input.title, rating: riskRating(input.likelihood, input.impact) }
		});
		return row!.id;
	});
}

async function lockRisk(tx: Executor, actor: Actor, riskId: string) {
	const [row] = await tx
		.select()
		.from(risks)
		.where(and(eq(risks.id, riskId), eq(risks.schoolId, actor.schoolId)))
		.for('update');
	if (!row) throw new NotFoundError('That risk does not exist.');
	return row;
}

export async function updateRisk(db: Database, actor: Actor, input: RiskInput & { riskId: string; note: string; version?: number }): Promise<void> {
	assertCan(actor, 'risk.manage', ownSchool(actor));
	await db.transaction(async (tx) => {
		const before = await lockRisk(tx, actor, input.riskId);
		if (before.closedAt) throw new ConflictError('This risk is closed. Add a new one if it has come back.');
		if (input.version !== undefined && input.version !== before.version)
			throw new ConflictError('Someone else changed this risk while you were editing. Reload to see their change.');
		await assertOwnerIsLeader(tx, actor, input.ownerId);
		const { riskId, note, version: _v, ...fields } = input;
		const changes = diffRisk(fieldsOf(before), fields);
		if (changes.length === 0 && note === '') return;
		await tx
			.update(risks)
			.set({ ...fields, updatedAt: new Date(), version: before.version + 1 })
			.where(eq(risks.id, riskId));
		await tx.insert(riskHistory).values({ riskId, actorId: actor.userId, action: changes.length ? 'reviewed' : 'noted', changes, note });
		await recordAudit(tx, {
			schoolId: actor.schoolId,
			actorId: actor.userId,
			action: 'risk.updated',
			targetType: 'risk',
			targetId: riskId,
			details: { changes, note }
		});
	});
}

export async function closeRisk(db: Database, actor: Actor, riskId: string, note: string): Promise<void> {
	assertCan(actor, 'risk.manage', ownSchool(actor));
	await db.transaction(async (tx) => {
		const before = await lockRisk(tx, actor, riskId);
		if (before.closedAt) throw new ConflictError('This risk is already closed.');
		await tx
			.update(risks)
			.set({ closedAt: new Date(), updatedAt: new Date(), version: before.version + 1 })
			.where(eq(risks.id, riskId));
		await tx.insert(riskHistory).values({ riskId, actorId: actor.userId, action: 'closed', note });
		await recordAudit(tx, { schoolId: actor.schoolId, actorId: actor.userId, action: 'risk.closed', targetType: 'risk', targetId: riskId, details: { note } });
	});
}

/** Staff who may own a risk, for the owner picker. */
export async function riskOwners(db: Database, actor: Actor): Promise<{ id: string; name: string }[]> {
	assertCan(actor, 'risk.manage', ownSchool(actor));
	const rows = await db
		.select({ id: users.id, name: ownerName })
		.from(users)
		.where(and(eq(users.schoolId, actor.schoolId), inArray(users.role, ['admin', 'dsl', 'teacher'])))
		.orderBy(asc(users.surname), asc(users.firstName));
	return rows;
}

/**
 * Takes the starter risks into an empty log, owned by the leader who asked and due for
 * review in three months; the school then rates them for itself. Refused once the log has risks.
 */
export async function addStarterRisks(db: Database, actor: Actor, now = new Date()): Promise<number> {
	assertCan(actor, 'risk.manage', ownSchool(actor));
	const reviewOn = londonDate(new Date(now.getTime() + 91 * 86_400_000));
	return db.transaction(async (tx) => {
		await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${'risks:' + actor.schoolId}))`);
		const [existing] = await tx
			.select({ n: sql<number>`count(*)::int` })
			.from(risks)
			.where(eq(risks.schoolId, actor.schoolId));
		if ((existing?.n ?? 0) > 0) throw new ConflictError('The risk log already has risks; add more one at a time.');
		const count = await insertStarterRisks(tx, actor.schoolId, actor.userId, reviewOn);
		await recordAudit(tx, {
			schoolId: actor.schoolId,
			actorId: actor.userId,
			action: 'risk.starters_added',
			targetType: 'school',
			targetId: actor.schoolId,
			details: { count }
		});
		return count;
	});
}

/** The starter risks as rows with their first history line; used by the above and the demo seed. */
export async function insertStarterRisks(tx: Executor, schoolId: string, ownerId: string, reviewOn: string): Promise<number> {
	const rows = await tx
		.insert(risks)
		.values(STARTER_RISKS.map((r) => ({ ...r, schoolId, ownerId, reviewOn, createdBy: ownerId })))
		.returning({ id: risks.id });
	await tx.insert(riskHistory).values(rows.map((r) => ({ riskId: r.id, actorId: ownerId, action: 'added', note: 'Starter risk' })));
	return rows.length;
}
