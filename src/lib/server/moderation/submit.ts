// Putting things in the review queue, the one way every kind does it: a new item for a new
// target (`submitForReview`, or `submitForReviewInStatement` where the target is written in the
// same single SQL statement for speed), or a reopened item when a decided target is shared or
// reported again (one item per target, as in Discourse's reviewables). A pupil taking back
// what still waits closes its item here too (`withdrawFromReview`).
import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../db';
import { reviewHistory, reviewItems, type ReviewItemRow } from '../db/schema';
import type { Finding, Verdict } from '../../domain/screening/types';
import type { ReviewTargetType } from '../../domain/moderation/types';
import { rooms, type QueueItemView } from '../../realtime/events';
import { publish } from '../realtime/publish';
import { queueItemViews } from './queue';

export interface SubmitInput {
	schoolId: string;
	classId: string;
	targetType: ReviewTargetType;
	targetId: string;
	/** The pupil or member of staff who wrote it; null with `sender` for mail from outside. */
	authorId: string | null;
	sender?: { contactId: string | null; address: string };
	verdict: Verdict;
	findings: Finding[];
	now: Date;
}

export async function submitForReview(db: Executor, input: SubmitInput): Promise<ReviewItemRow> {
	// The id is made here so both rows go to the database together (pipelined on one
	// connection, in order), rather than waiting a round trip for the item's id.
	const id = crypto.randomUUID();
	const [[item]] = await Promise.all([
		db
			.insert(reviewItems)
			.values({
				id,
				schoolId: input.schoolId,
				classId: input.classId,
				targetType: input.targetType,
				targetId: input.targetId,
				authorId: input.authorId,
				senderContactId: input.sender?.contactId ?? null,
				senderAddress: input.sender?.address ?? null,
				verdict: input.verdict,
				findings: input.findings,
				submittedAt: input.now
			})
			.returning(),
		db.insert(reviewHistory).values({
			schoolId: input.schoolId,
			itemId: id,
			action: 'submit',
			fromStatus: null,
			toStatus: 'pending',
			actorId: input.authorId,
			version: 1,
			at: input.now
		})
	]);
	return item!;
}

/**
 * `submitForReview` as two common table expressions (`item`, `history`) for a caller that
 * writes its target in the same statement: `targetCte` names the earlier CTE whose `id` is the
 * target. One statement is atomic on its own and costs one round trip (chat's hot path).
 */
export function submitForReviewInStatement(input: Omit<SubmitInput, 'targetId' | 'sender'> & { itemId: string; targetCte: string }): SQL {
	const at = input.now.toISOString();
	const findings = JSON.stringify(input.findings);
	const target = sql.identifier(input.targetCte);
	return sql`item as (
			insert into review_items (id, school_id, class_id, target_type, target_id, author_id, verdict, findings, submitted_at)
			select ${input.itemId}, ${input.schoolId}, ${input.classId}, ${input.targetType}::review_target_type, ${target}.id, ${input.authorId}, ${input.verdict}::screen_verdict, ${findings}::jsonb, ${at}::timestamptz from ${target}
			returning id
		), history as (
			insert into review_history (school_id, item_id, action, to_status, actor_id, version, at)
			select ${input.schoolId}, item.id, 'submit', 'pending', ${input.authorId}, 1, ${at}::timestamptz from item
			returning id
		)`;
}

/** Closes a waiting item whose writer took it back (shared work); the history says who and why. Null when none waited. */
export async function withdrawFromReview(
	db: Executor,
	input: { targetType: ReviewTargetType; targetId: string; actorId: string; note: string; now: Date }
): Promise<string | null> {
	const [item] = await db
		.update(reviewItems)
		.set({
			status: 'rejected',
			version: sql`${reviewItems.version} + 1`,
			decidedAt: input.now,
			decidedById: null,
			rejectionCode: null,
			rejectionText: input.note
		})
		.where(and(eq(reviewItems.targetType, input.targetType), eq(reviewItems.targetId, input.targetId), eq(reviewItems.status, 'pending')))
		.returning();
	if (!item) return null;
	await db.insert(reviewHistory).values({
		schoolId: item.schoolId,
		itemId: item.id,
		action: 'withdraw',
		fromStatus: 'pending',
		toStatus: 'rejected',
		actorId: input.actorId,
		version: item.version,
		note: input.note,
		at: input.now
	});
	return item.id;
}

/** Opens the item for a target, or reopens it if it was decided; returns it and whether it is new to the queue. */
export async function openOrReopen(db: Executor, input: SubmitInput, actorId: string): Promise<{ item: ReviewItemRow; changed: boolean }> {
	const [existing] = await db
		.select()
		.from(reviewItems)
		.where(and(eq(reviewItems.targetType, input.targetType), eq(reviewItems.targetId, input.targetId)))
		.for('update');
	if (!existing) return { item: await submitForReview(db, input), changed: true };
	if (existing.status === 'pending' || existing.status === 'escalated') return { item: existing, changed: false };
	const [reopened] = await db
		.update(reviewItems)
		.set({
			status: 'pending',
			version: sql`${reviewItems.version} + 1`,
			decidedAt: null,
			decidedById: null,
			rejectionCode: null,
			rejectionText: null,
			submittedAt: input.now
		})
		.where(eq(reviewItems.id, existing.id))
		.returning();
	await db.insert(reviewHistory).values({
		schoolId: input.schoolId,
		itemId: existing.id,
		action: 'reopen',
		fromStatus: existing.status,
		toStatus: 'pending',
		actorId,
		version: reopened!.version,
		at: input.now
	});
	return { item: reopened!, changed: true };
}

/** Tells the class's teachers (or the DSL, for escalated items) about an item, after commit. */
export async function publishQueueItem(db: Executor, itemId: string): Promise<void> {
	const [view] = await queueItemViews(db, [itemId]);
	const [row] = await db.select({ schoolId: reviewItems.schoolId }).from(reviewItems).where(eq(reviewItems.id, itemId));
	if (view && row) publishQueueView(row.schoolId, view);
}

export function publishQueueView(schoolId: string, view: QueueItemView): void {
	const to = view.status === 'escalated' ? rooms.safeguarding(schoolId) : rooms.classModerators(view.classId);
	publish(to, 'queue:added', view);
}
