// A pupil shares a piece of work with their family, or takes it back. Sharing puts the
// piece in the class's review queue (the same queue as chat), unless it is clean writing
// in a class that lets that through. Taking it back hides it at once; a piece still
// waiting leaves the queue, but one with the safeguarding lead stays with them.
import { eq } from 'drizzle-orm';
import type { Database, Transaction } from '../db';
import { workItems, type WorkItemRow } from '../db/schema';
import type { Actor } from '../../domain/auth/permissions';
import { canShareFrom, skipsApproval } from '../../domain/sharing';
import { rooms } from '../../realtime/events';
import { assertCan } from '../auth/authorize';
import { recordAudit } from '../audit/record';
import { InputError } from '../errors';
import { openOrReopen, publishQueueItem, withdrawFromReview } from '../moderation/submit';
import { publish } from '../realtime/publish';
import { readClassWorkSettings } from './settings';
import { workOr404, workResource } from './work-rows';
import { notifyWorkShared } from '../notifications/work-shared';
import { kickOutbox } from '../email/worker-signal';

export async function shareWork(db: Database, actor: Actor, workId: string, now = new Date()): Promise<WorkItemRow> {
	const { work, queued } = await db.transaction(async (tx) => {
		const work = await workOr404(tx, workId, true);
		assertCan(actor, 'work.share', workResource(work));
		if (!canShareFrom(work.shareStatus)) throw new InputError('workId', 'This is already shared.');
		const { cleanTextSkipsApproval } = await readClassWorkSettings(tx, work.classId);
		const direct = skipsApproval(work.kind, { verdict: work.verdict, findingCount: work.findings.length }, cleanTextSkipsApproval);
		const review = direct ? null : await queueForReview(tx, actor, work, now);
		const queued = review?.changed ? review.itemId : null;
		// An item still with the safeguarding lead stays there; the work follows its state.
		const status = direct ? 'approved' : review?.status === 'escalated' ? 'escalated' : 'pending';
		const [updated] = await tx
			.update(workItems)
			.set({ shareStatus: status, sharedAt: now, decidedAt: direct ? now : null, rejectionCode: null, rejectionText: null })
			.where(eq(workItems.id, work.id))
			.returning();
		// Visible to the family now: tell them by email (issue 16).
		if (direct) await notifyWorkShared(tx, updated!, now);
		await recordAudit(tx, {
			schoolId: work.schoolId,
			actorId: actor.userId,
			action: 'work.shared',
			targetType: 'work',
			targetId: work.id,
			details: { kind: work.kind, approval: direct ? 'not-needed (clean writing, class setting)' : 'queued', itemId: review?.itemId ?? null }
		});
		return { work: updated!, queued };
	});
	if (queued) await publishQueueItem(db, queued);
	else kickOutbox();
	return work;
}

async function queueForReview(tx: Transaction, actor: Actor, work: WorkItemRow, now: Date): Promise<{ itemId: string; status: string; changed: boolean }> {
	const input = {
		schoolId: work.schoolId,
		classId: work.classId,
		targetType: 'shared-work' as const,
		targetId: work.id,
		authorId: work.pupilId,
		verdict: work.verdict,
		findings: work.findings,
		now
	};
	const { item, changed } = await openOrReopen(tx, input, actor.userId);
	return { itemId: item.id, status: item.status, changed };
}

/** Never gated: a child can always take their own work back. */
export async function unshareWork(db: Database, actor: Actor, workId: string, now = new Date()): Promise<WorkItemRow> {
	const { work, withdrawnItem } = await db.transaction(async (tx) => {
		const work = await workOr404(tx, workId, true);
		assertCan(actor, 'work.read', workResource(work));
		if (actor.userId !== work.pupilId) throw new InputError('workId', 'Only the pupil who made this can take it back.');
		if (work.shareStatus === 'not-shared') return { work, withdrawnItem: null };
		const withdrawnItem =
			work.shareStatus === 'pending'
				? await withdrawFromReview(tx, { targetType: 'shared-work', targetId: work.id, actorId: actor.userId, note: 'Taken back by the pupil', now })
				: null;
		const [updated] = await tx
			.update(workItems)
			.set({ shareStatus: 'not-shared', sharedAt: null, decidedAt: null })
			.where(eq(workItems.id, work.id))
			.returning();
		await recordAudit(tx, {
			schoolId: work.schoolId,
			actorId: actor.userId,
			action: 'work.unshared',
			targetType: 'work',
			targetId: work.id,
			details: { from: work.shareStatus }
		});
		return { work: updated!, withdrawnItem };
	});
	if (withdrawnItem) publish(rooms.classModerators(work.classId), 'queue:removed', { itemId: withdrawnItem, by: actor.userId, status: 'rejected' });
	return work;
}
