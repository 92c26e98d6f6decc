// Raising a concern: a pupil's "I'm worried", a member of staff logging what they saw or
// heard about any pupil of the school, a parent about their own child. Each is one row (with
// a row per pupil it is about), audited, and an alert for the DSL in the same transaction
// (the one alert function, so the notifications service emails it as its urgency says);
// the alert is published after the commit. The raiser's words stay with the concern, for the
// DSL only: alert summaries and emails never carry them. The rules live in permissions.ts and
// domain/safeguarding/concerns.ts.
import { and, eq, inArray } from 'drizzle-orm';
import type { Database, Executor } from '../db';
import { concernPupils, concerns, users, type ConcernRow } from '../db/schema';
import type { Actor } from '../../domain/auth/permissions';
import { checkOccurredAt, MAX_CONCERN_PUPILS, type ConcernCategory } from '../../domain/safeguarding/concerns';
import type { ParentConcernInput, WorryInput } from '../../domain/safeguarding/inputs';
import { assertCan, ownSchool } from '../auth/authorize';
import { isUuid, pupilResource } from '../auth/resources';
import { recordAudit } from '../audit/record';
import { InputError, NotFoundError } from '../errors';
import { notifyClassTeachersOfWorry } from '../notifications/class-worries';
import { wakeSenders } from '../notifications/notify';
import { publishAlerts, raiseConcernAlert, raiseWorryAlert } from './alerts';
import { notifyChairOfAllegation } from './head-allegations';

interface NewConcern {
	schoolId: string;
	kind: ConcernRow['kind'];
	pupilIds: readonly string[];
	raisedById: string;
	words: string;
	category?: ConcernCategory | null;
	occurredAt?: Date | null;
	aboutHead?: boolean;
	now: Date;
}

async function storeConcern(tx: Executor, c: NewConcern): Promise<string> {
	const [row] = await tx
		.insert(concerns)
		.values({
			schoolId: c.schoolId,
			kind: c.kind,
			pupilId: c.pupilIds[0] ?? null,
			raisedById: c.raisedById,
			words: c.words,
			category: c.category ?? null,
			occurredAt: c.occurredAt ?? null,
			aboutHead: c.aboutHead === true,
			createdAt: c.now
		})
		.returning({ id: concerns.id });
	if (c.pupilIds.length) await tx.insert(concernPupils).values(c.pupilIds.map((pupilId) => ({ schoolId: c.schoolId, concernId: row!.id, pupilId })));
	return row!.id;
}

function checkWhen(occurredAt: Date | null | undefined, now: Date): void {
	const problem = occurredAt ? checkOccurredAt(occurredAt, now) : null;
	if (problem) throw new InputError('occurredAt', problem);
}

export async function raiseWorry(db: Database, actor: Actor, input: WorryInput, now = new Date()): Promise<void> {
	// The button is the pupil's own: staff log concerns and parents raise theirs elsewhere.
	assertCan(actor, 'home.pupil', ownSchool(actor));
	assertCan(actor, 'concern.raise', { kind: 'pupil', schoolId: actor.schoolId, pupilId: actor.userId, classId: actor.classId });
	const { alert, channels } = await db.transaction(async (tx) => {
		const id = await storeConcern(tx, {
			schoolId: actor.schoolId,
			kind: 'pupil-worried',
			pupilIds: [actor.userId],
			raisedById: actor.userId,
			words: input.words,
			now
		});
		await recordAudit(tx, { schoolId: actor.schoolId, actorId: actor.userId, action: 'safeguarding.worry_raised', targetType: 'concern', targetId: id });
		const alert = await raiseWorryAlert(tx, actor, { sourceType: 'concern', sourceId: id, now });
		// The class teacher hears too (who, not the words): see notifications/class-worries.ts.
		const channels = actor.classId ? await notifyClassTeachersOfWorry(tx, { schoolId: actor.schoolId, classId: actor.classId, concernId: id, now }) : [];
		return { alert, channels };
	});
	publishAlerts(actor.schoolId, [alert]);
	wakeSenders(channels);
}

export interface StaffConcernInput {
	pupilIds: readonly string[];
	words: string;
	occurredAt: Date;
	category: ConcernCategory | null;
	/** "This is about the headteacher": it goes to the chair of governors and the DSL, never the head. */
	aboutHead?: boolean;
}

/** Any member of staff, about any pupil of their school ("any member of staff reports"). */
export async function logStaffConcern(db: Database, actor: Actor, input: StaffConcernInput, now = new Date()): Promise<{ id: string }> {
	assertCan(actor, 'home.staff', ownSchool(actor));
	const ids = [...new Set(input.pupilIds)];
	if (ids.length === 0) throw new InputError('pupilIds', 'Choose the pupil (or pupils) it is about.');
	if (ids.length > MAX_CONCERN_PUPILS) throw new InputError('pupilIds', `Choose up to ${MAX_CONCERN_PUPILS} pupils; for more, speak to the safeguarding lead.`);
	const resources = await Promise.all(ids.map((id) => pupilResource(db, id)));
	const active = await activePupils(db, actor.schoolId, ids);
	// A pupil of another school, a leaver or an id that is not a pupil reads as not on the list.
	if (resources.some((r) => !r || r.schoolId !== actor.schoolId || !active.has(r.kind === 'pupil' ? r.pupilId : ''))) {
		throw new InputError('pupilIds', 'Choose each pupil from the list.');
	}
	for (const r of resources) assertCan(actor, 'concern.raise', r!);
	checkWhen(input.occurredAt, now);
	const first = resources[0]!;
	const aboutHead = input.aboutHead === true;
	const { id, alert, channels } = await db.transaction(async (tx) => {
		const id = await storeConcern(tx, {
			schoolId: actor.schoolId,
			kind: 'staff-concern',
			pupilIds: ids,
			raisedById: actor.userId,
			words: input.words,
			category: input.category,
			occurredAt: input.occurredAt,
			aboutHead,
			now
		});
		await recordAudit(tx, {
			schoolId: actor.schoolId,
			actorId: actor.userId,
			action: 'safeguarding.concern_logged',
			targetType: 'concern',
			targetId: id,
			details: { pupils: ids.length, category: input.category, aboutHead }
		});
		const alert = await raiseConcernAlert(tx, {
			kind: 'staff-concern',
			schoolId: actor.schoolId,
			pupilId: ids[0]!,
			classId: first.kind === 'pupil' ? first.classId : null,
			otherPupils: ids.length - 1,
			raisedById: actor.userId,
			sourceType: 'concern',
			sourceId: id,
			aboutHead,
			now
		});
		const channels = aboutHead ? await notifyChairOfAllegation(tx, actor.schoolId, id, now) : [];
		return { id, alert, channels };
	});
	// Only the DSL's sockets are in the safeguarding room: the head is not told live either.
	publishAlerts(actor.schoolId, [alert]);
	wakeSenders(channels);
	return { id };
}

async function activePupils(db: Executor, schoolId: string, ids: readonly string[]): Promise<Set<string>> {
	const valid = ids.filter(isUuid);
	if (!valid.length) return new Set();
	const rows = await db
		.select({ id: users.id, disabledAt: users.disabledAt })
		.from(users)
		.where(and(eq(users.schoolId, schoolId), eq(users.role, 'pupil'), inArray(users.id, valid)));
	return new Set(rows.filter((r) => r.disabledAt === null).map((r) => r.id));
}

/** A parent, about one of their own children only. */
export async function raiseParentConcern(db: Database, actor: Actor, input: ParentConcernInput, now = new Date()): Promise<{ id: string }> {
	assertCan(actor, 'home.parent', ownSchool(actor));
	const resource = await pupilResource(db, input.pupilId);
	if (!resource) throw new NotFoundError('That child is not linked to your account.');
	// Another family's child, here or in another school, is refused by the one rule.
	assertCan(actor, 'concern.raise', resource);
	checkWhen(input.occurredAt, now);
	const { id, alert } = await db.transaction(async (tx) => {
		const id = await storeConcern(tx, {
			schoolId: actor.schoolId,
			kind: 'parent-concern',
			pupilIds: [input.pupilId],
			raisedById: actor.userId,
			words: input.words,
			occurredAt: input.occurredAt,
			now
		});
		await recordAudit(tx, {
			schoolId: actor.schoolId,
			actorId: actor.userId,
			action: 'safeguarding.parent_concern_raised',
			targetType: 'concern',
			targetId: id
		});
		const alert = await raiseConcernAlert(tx, {
			kind: 'parent-concern',
			schoolId: actor.schoolId,
			pupilId: input.pupilId,
			classId: resource.kind === 'pupil' ? resource.classId : null,
			otherPupils: 0,
			raisedById: actor.userId,
			sourceType: 'concern',
			sourceId: id,
			now
		});
		return { id, alert };
	});
	publishAlerts(actor.schoolId, [alert]);
	return { id };
}
