// Reminders to families and the notices a parent reads at home. There is no mail yet, so a
// reminder is an in-app notice for each linked parent of each pupil whose family has
// something missing; the parent home lists them. Each reminder is audited.
import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Database, Executor } from '../db';
import { notices, type NoticeRow } from '../db/schema';
import type { Actor } from '../../domain/auth/permissions';
import { assertCan, ownSchool } from '../auth/authorize';
import { classResource } from '../auth/resources';
import { recordAudit } from '../audit/record';
import { InputError, NotFoundError } from '../errors';
import { getClassSigning } from './summary';
import { emailNotices } from '../notifications/notices';
import { wakeSenders } from '../notifications/notify';
import { markManyOpened } from '../notifications/alerts';

function reminderText(childName: string): string {
	return `Please sign the family agreement for ${childName} and answer the consent questions. Until then ${childName} cannot use class chat, class email or sharing. You can do this on the Agreements page.`;
}

/**
 * Reminds the families of one class: one pupil's, or every family the signing list says
 * needs a reminder. Returns how many notices were sent.
 */
export async function remindFamilies(db: Database, actor: Actor, classId: string, pupilId?: string, now = new Date()): Promise<number> {
	const resource = await classResource(db, classId);
	if (!resource) throw new NotFoundError('That class does not exist.');
	assertCan(actor, 'agreement.manage', resource);
	const view = await getClassSigning(db, actor, classId, now);
	const due = view.summary.familiesToRemind;
	if (pupilId && !view.pupils[pupilId]) throw new InputError('pupilId', 'Choose a pupil from this class.');
	const targets = pupilId ? [pupilId] : due;
	const rows = targets.flatMap((id) =>
		(view.parents[id] ?? []).map((parent) => ({
			schoolId: actor.schoolId,
			recipientId: parent.id,
			pupilId: id,
			kind: 'agreement-reminder' as const,
			body: reminderText(view.pupils[id]!.firstName),
			createdBy: actor.userId,
			createdAt: now
		}))
	);
	if (rows.length === 0) return 0;
	const emailed = await db.transaction(async (tx) => {
		const stored = await tx.insert(notices).values(rows).returning();
		await recordAudit(tx, {
			schoolId: actor.schoolId,
			actorId: actor.userId,
			action: 'agreement.reminder_sent',
			targetType: 'class',
			targetId: classId,
			details: { pupilIds: targets, notices: rows.length }
		});
		// Emailed too, as one sentence and a link (issue 16).
		return emailNotices(tx, stored);
	});
	wakeSenders(emailed);
	return rows.length;
}

export interface NoticeView {
	id: string;
	kind: NoticeRow['kind'];
	body: string;
	createdAt: Date;
	read: boolean;
}

/** A parent's own notices of every kind (reminders, and notes from safeguarding), newest first. */
export async function listOwnNotices(db: Executor, actor: Actor): Promise<NoticeView[]> {
	assertCan(actor, 'home.parent', ownSchool(actor));
	const rows = await db
		.select()
		.from(notices)
		.where(and(eq(notices.schoolId, actor.schoolId), eq(notices.recipientId, actor.userId)))
		.orderBy(desc(notices.createdAt))
		.limit(100);
	return rows.map((n) => ({ id: n.id, kind: n.kind, body: n.body, createdAt: n.createdAt, read: n.readAt !== null }));
}

/** Marks the parent's own unread notices as read once they have seen the list. */
export async function markOwnNoticesRead(db: Executor, actor: Actor, now = new Date()): Promise<void> {
	assertCan(actor, 'home.parent', ownSchool(actor));
	const read = await db
		.update(notices)
		.set({ readAt: now })
		.where(and(eq(notices.schoolId, actor.schoolId), eq(notices.recipientId, actor.userId), isNull(notices.readAt)))
		.returning({ id: notices.id });
	// Their notifications about these notices (in-app and email) count as opened.
	await markManyOpened(
		db,
		actor.userId,
		'notice',
		read.map((r) => r.id),
		now
	);
}
