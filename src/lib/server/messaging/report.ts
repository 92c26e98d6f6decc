// "Tell my teacher": any member of a room can report a message they can see. The report
// reaches the class's teachers (their queue) and the safeguarding lead (an alert) at once,
// and the message is hidden from the class while it is looked at. A second report of the
// same message joins the same review item, reopening it if it was already decided.
import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '../db';
import { chatMessages, messageReports } from '../db/schema';
import type { Actor } from '../../domain/auth/permissions';
import { rooms } from '../../realtime/events';
import { recordAudit } from '../audit/record';
import { NotFoundError } from '../errors';
import { publish } from '../realtime/publish';
import { publishAlerts, raiseReportAlert } from '../safeguarding/alerts';
import { openOrReopen, publishQueueItem } from '../moderation/submit';
import { openRoom } from './rooms';
import { isUuid } from '../auth/resources';

export async function reportMessage(db: Database, actor: Actor, input: { messageId: string; note: string }, now = new Date()): Promise<void> {
	const [message] = isUuid(input.messageId) ? await db.select().from(chatMessages).where(eq(chatMessages.id, input.messageId)) : [];
	if (!message || message.status !== 'approved') throw new NotFoundError('We could not find that message.');
	await openRoom(db, actor, message.roomId, 'chat.report');
	const outcome = await db.transaction(async (tx) => {
		const inserted = await tx
			.insert(messageReports)
			.values({
				schoolId: message.schoolId,
				messageId: message.id,
				reporterId: actor.userId,
				note: input.note || null,
				hidMessage: message.hiddenAt === null,
				createdAt: now
			})
			.onConflictDoNothing()
			.returning({ id: messageReports.id });
		if (!inserted.length) return null;
		const [hidden] = await tx
			.update(chatMessages)
			.set({ hiddenAt: now, changeSeq: sql`next_room_change(${chatMessages.roomId})` })
			.where(and(eq(chatMessages.id, message.id)))
			.returning({ changeSeq: chatMessages.changeSeq });
		const { item, changed } = await openOrReopen(
			tx,
			{
				schoolId: message.schoolId,
				classId: message.classId,
				targetType: 'report',
				targetId: message.id,
				authorId: message.authorId,
				verdict: message.verdict,
				findings: message.findings,
				now
			},
			actor.userId
		);
		await recordAudit(tx, {
			schoolId: message.schoolId,
			actorId: actor.userId,
			action: 'chat.message_reported',
			targetType: 'chat-message',
			targetId: message.id,
			details: { itemId: item.id, note: input.note || null }
		});
		const alert = await raiseReportAlert(tx, actor, { sourceType: 'review-item', sourceId: item.id, classId: message.classId, itemId: item.id, now });
		return { itemId: item.id, changed, alert, cursor: hidden?.changeSeq ?? 0 };
	});
	if (!outcome) return;
	publish(rooms.chatRoom(message.roomId), 'chat:hidden', { roomId: message.roomId, messageId: message.id, cursor: outcome.cursor });
	if (outcome.changed) await publishQueueItem(db, outcome.itemId);
	publishAlerts(message.schoolId, [outcome.alert]);
}
