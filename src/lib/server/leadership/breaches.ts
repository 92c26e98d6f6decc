// The data-breach log: the head (the school's data controller's representative here) records
// each breach, what was done and whether the ICO was told within 72 hours, and why. Audited.
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Database } from '../db';
import { dataBreaches } from '../db/schema';
import type { Actor } from '../../domain/auth/permissions';
import { assertCan, ownSchool } from '../auth/authorize';
import { recordAudit } from '../audit/record';
import { InputError, NotFoundError } from '../errors';
import { checkBreachDecision, icoStatus, type IcoDecision, type IcoStatus } from '../../domain/leadership/breaches';
import type { BreachInput } from '../../domain/leadership/inputs';
import { parseLondonLocal, toLondonLocal } from '../../domain/calendar';

export interface BreachView {
	id: string;
	number: string;
	discoveredAt: string;
	occurredAt: string | null;
	summary: string;
	dataAffected: string;
	peopleAffected: string;
	containment: string;
	icoDecision: IcoDecision;
	icoToldAt: string | null;
	icoReason: string;
	lessons: string;
	ico: IcoStatus;
}

function instantOrThrow(field: string, value: string | null): Date | null {
	if (value === null) return null;
	const at = parseLondonLocal(value);
	if (!at) throw new InputError(field, 'Enter a real date and time.');
	return at;
}

function checked(input: BreachInput, now: Date) {
	const discoveredAt = instantOrThrow('discoveredAt', input.discoveredAt)!;
	const occurredAt = instantOrThrow('occurredAt', input.occurredAt);
	const icoToldAt = instantOrThrow('icoToldAt', input.icoToldAt);
	const problem = checkBreachDecision({ icoDecision: input.icoDecision, icoToldAt, icoReason: input.icoReason, discoveredAt, occurredAt }, now);
	if (problem) throw new InputError(problem.field, problem.message);
	return {
		discoveredAt,
		occurredAt,
		icoToldAt,
		summary: input.summary,
		dataAffected: input.dataAffected,
		peopleAffected: input.peopleAffected,
		containment: input.containment,
		icoDecision: input.icoDecision,
		icoReason: input.icoReason,
		lessons: input.lessons
	};
}

export async function listBreaches(db: Database, actor: Actor, now = new Date()): Promise<BreachView[]> {
	assertCan(actor, 'breach.read', ownSchool(actor));
	const rows = await db.select().from(dataBreaches).where(eq(dataBreaches.schoolId, actor.schoolId)).orderBy(desc(dataBreaches.discoveredAt));
	return rows.map((r) => ({
		id: r.id,
		number: r.number,
		discoveredAt: toLondonLocal(r.discoveredAt),
		occurredAt: r.occurredAt ? toLondonLocal(r.occurredAt) : null,
		summary: r.summary,
		dataAffected: r.dataAffected,
		peopleAffected: r.peopleAffected,
		containment: r.containment,
		icoDecision: r.icoDecision as IcoDecision,
		icoToldAt: r.icoToldAt ? toLondonLocal(r.icoToldAt) : null,
		icoReason: r.icoReason,
		lessons: r.lessons,
		ico: icoStatus({ discoveredAt: r.discoveredAt, icoDecision: r.icoDecision as IcoDecision, icoToldAt: r.icoToldAt }, now)
	}));
}

export async function recordBreach(db: Database, actor: Actor, input: BreachInput, now = new Date()): Promise<{ id: string; number: string }> {
	assertCan(actor, 'breach.manage', ownSchool(actor));
	const values = checked(input, now);
	return db.transaction(async (tx) => {
		// Numbered per school per year of discovery; the advisory lock keeps two at once apart.
		const year = values.discoveredAt.getUTCFullYear();
		await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${'breach:' + actor.schoolId}))`);
		const [count] = await tx
			.select({ n: sql<number>`count(*)::int` })
			.from(dataBreaches)
			.where(and(eq(dataBreaches.schoolId, actor.schoolId), sql`extract(year from ${dataBreaches.discoveredAt}) = ${year}`));
		const number = `${year}-${String((count?.n ?? 0) + 1).padStart(2, '0')}`;
		const [row] = await tx
			.insert(dataBreaches)
			.values({ ...values, schoolId: actor.schoolId, number, recordedBy: actor.userId })
			.returning({ id: dataBreaches.id });
		await recordAudit(tx, {
			schoolId: actor.schoolId,
			actorId: actor.userId,
			action: 'breach.recorded',
			targetType: 'data_breach',
			targetId: row!.id,
			details: { number, icoDecision: values.icoDecision }
		});
		return { id: row!.id, number };
	});
}

export async function updateBreach(db: Database, actor: Actor, breachId: string, input: BreachInput, now = new Date()): Promise<void> {
	assertCan(actor, 'breach.manage', ownSchool(actor));
	const values = checked(input, now);
	await db.transaction(async (tx) => {
		const updated = await tx
			.update(dataBreaches)
			.set({ ...values, updatedAt: now })
			.where(and(eq(dataBreaches.id, breachId), eq(dataBreaches.schoolId, actor.schoolId)))
			.returning({ id: dataBreaches.id, number: dataBreaches.number });
		if (updated.length === 0) throw new NotFoundError('That breach does not exist.');
		await recordAudit(tx, {
			schoolId: actor.schoolId,
			actorId: actor.userId,
			action: 'breach.updated',
			targetType: 'data_breach',
			targetId: breachId,
			details: { number: updated[0]!.number, icoDecision: values.icoDecision }
		});
	});
}
