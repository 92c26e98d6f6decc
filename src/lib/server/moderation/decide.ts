// Deciding a review item: one transaction with a row lock and a version check, so two
// teachers cannot both decide (the second gets a clear conflict). The item, its history,
// the target's change and the audit entry commit together; delivery and queue updates
// are announced only after that commit.
import { and, eq } from 'drizzle-orm';
import type { Database } from '../db';
import { reviewHistory, reviewItems, type ReviewItemRow } from '../db/schema';
import type { Actor } from '../../domain/auth/permissions';
import { decide, type DecisionCommand } from '../../domain/moderation/decision';
import type { DecisionInput } from '../../domain/moderation/inputs';
import type { DecisionOutcome } from '../../realtime/events';
import { rooms, type AlertView } from '../../realtime/events';
import { assertCan, AuthorizationError } from '../auth/authorize';
import { recordAudit } from '../audit/record';
import { ConflictError, InputError, NotFoundError } from '../errors';
import { publish } from '../realtime/publish';
import { publishAlerts, raiseEscalationAlert } from '../safeguarding/alerts';
import { publishQueueItem } from './submit';
import { toDomainItem, viewerOf } from './queue';
import type { AfterCommit } from './targets';
import { TARGETS } from '../review-targets';
import { decideHeldMessage } from './decide-chat';

export const CONFLICT_MESSAGE = 'Another member of staff dealt with this item first. The queue has been updated.';

function commandFor(input: DecisionInput): DecisionCommand {
	if (input.action === 'reject') return { kind: 'reject', code: input.reasonCode, text: input.reasonText ?? null };
	return { kind: input.action, note: input.note ?? null };
}

function invalidWords(action: DecisionInput['action']): InputError {
	if (action === 'reject') return new InputError('reasonCode', 'Choose a reason, or write your own (300 characters at most).');
	if (action === 'take-down') return new InputError('note', 'Say why it is being taken down (500 characters at most).');
	return new InputError('note', 'Keep the note to 500 characters.');
}

/** The checks every decision makes on the item as read: who may, and whether the rules allow it. */
function decideChecked(row: ReviewItemRow, actor: Actor, input: DecisionInput, now: Date) {
	assertCan(actor, 'moderation.decide', { kind: 'class', schoolId: row.schoolId, classId: row.classId });
	const result = decide(toDomainItem(row), commandFor(input), viewerOf(actor), input.expectedVersion, now);
	if (!result.ok) {
		if (result.error === 'conflict') throw new ConflictError(CONFLICT_MESSAGE);
		if (result.error === 'invalid-reason') throw invalidWords(input.action);
		if (row.status !== 'pending' && row.status !== 'escalated' && input.action !== 'take-down') throw new ConflictError(CONFLICT_MESSAGE);
		throw new AuthorizationError(403, 'You cannot do that to this item.');
	}
	return result;
}

export async function decideItem(db: Database, actor: Actor, input: DecisionInput, now = new Date()): Promise<DecisionOutcome> {
	// A held chat message approved or rejected (nearly every decision in a busy class) takes
	// one read and one statement (./decide-chat.ts); anything else the transaction below.
	const [read] = await db.select().from(reviewItems).where(eq(reviewItems.id, input.itemId));
	if (!read) throw new NotFoundError('That item is no longer in the queue.');
	if (read.targetType === 'chat-message' && (input.action === 'approve' || input.action === 'reject')) {
		const result = decideChecked(read, actor, input, now);
		const outcome = await decideHeldMessage(db, actor, read, result.item, result.history, input.expectedVersion, now);
		if (!outcome) throw new ConflictError(CONFLICT_MESSAGE);
		publish([rooms.classModerators(read.classId), rooms.safeguarding(read.schoolId)], 'queue:removed', {
			itemId: outcome.itemId,
			by: actor.userId,
			status: outcome.status
		});
		return outcome;
	}
	const { outcome, afterCommit, alerts, classId, schoolId } = await db.transaction(async (tx) => {
		const [row] = await tx.select().from(reviewItems).where(eq(reviewItems.id, input.itemId)).for('update');
		if (!row) throw new NotFoundError('That item is no longer in the queue.');
		const result = decideChecked(row, actor, input, now);
		const next = result.item;
		const h = result.history;
		const handler = TARGETS[row.targetType];
		const channel = h.action === 'escalate' && handler ? await handler.channel(tx, row) : undefined;
		if (h.action === 'approve') {
			const blocker = (await handler?.approvalBlocker?.(tx, row, actor)) ?? null;
			if (blocker) throw new InputError('form', blocker);
		}
		// The row as it will be: the target handler and the history need it, and the lock
		// taken above means nobody else can change it meanwhile. The writes below are sent
		// together (pipelined, in order); the version check still guards the update.
		const updated: ReviewItemRow = {
			...row,
			status: next.status,
			version: row.version + 1,
			decidedAt: next.decidedAt,
			decidedById: next.decidedById,
			rejectionCode: next.rejection?.code ?? null,
			rejectionText: next.rejection?.text ?? null
		};
		const [changed, , after, , raised] = await Promise.all([
			tx
				.update(reviewItems)
				.set({
					status: updated.status,
					version: updated.version,
					decidedAt: updated.decidedAt,
					decidedById: updated.decidedById,
					rejectionCode: updated.rejectionCode,
					rejectionText: updated.rejectionText
				})
				.where(and(eq(reviewItems.id, row.id), eq(reviewItems.version, input.expectedVersion)))
				.returning({ id: reviewItems.id }),
			tx.insert(reviewHistory).values({
				schoolId: row.schoolId,
				itemId: row.id,
				action: h.action,
				fromStatus: h.fromStatus,
				toStatus: h.toStatus,
				actorId: actor.userId,
				version: updated.version,
				rejectionCode: h.rejection?.code ?? null,
				rejectionText: h.rejection?.text ?? null,
				note: h.note,
				at: now
			}),
			handler ? handler.apply(tx, updated, actor, now, h.note) : Promise.resolve<AfterCommit>(() => {}),
			recordAudit(tx, {
				schoolId: row.schoolId,
				actorId: actor.userId,
				action: `moderation.${h.action}`,
				targetType: row.targetType,
				targetId: row.targetId,
				details: { itemId: row.id, from: h.fromStatus, to: h.toStatus, reason: h.rejection, note: h.note, findings: row.findings.map((f) => f.kind) }
			}),
			h.action === 'escalate'
				? raiseEscalationAlert(tx, actor, {
						sourceType: 'review-item',
						sourceId: row.id,
						pupilId: row.authorId,
						classId: row.classId,
						itemId: row.id,
						now,
						channel
					}).then((a) => [a])
				: Promise.resolve([])
		]);
		if (!changed.length) throw new ConflictError(CONFLICT_MESSAGE);
		return {
			outcome: { itemId: row.id, status: updated.status, version: updated.version },
			afterCommit: after,
			alerts: raised as AlertView[],
			classId: row.classId,
			schoolId: row.schoolId
		};
	});
	await afterCommit(db);
	if (outcome.status !== 'removed')
		publish([rooms.classModerators(classId), rooms.safeguarding(schoolId)], 'queue:removed', {
			itemId: outcome.itemId,
			by: actor.userId,
			status: outcome.status
		});
	if (outcome.status === 'escalated') await publishQueueItem(db, outcome.itemId);
	publishAlerts(schoolId, alerts);
	return outcome;
}
