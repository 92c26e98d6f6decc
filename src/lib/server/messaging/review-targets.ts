// How moderation decisions change chat messages. A held message is delivered to its room
// only on approval (taking the next delivery number, so reconnecting clients catch up in
// order); a rejection goes back to its writer with the teacher's reason. For a reported
// message, approving the report's review puts the message back, rejecting removes it.
import { eq, sql } from 'drizzle-orm';
import type { Executor, Transaction } from '../db';
import { chatMessages, type ReviewItemRow } from '../db/schema';
import type { Actor } from '../../domain/auth/permissions';
import { rooms } from '../../realtime/events';
import { publish } from '../realtime/publish';
import { classNames } from './names';
import { toMessageView, toOwnView } from './views';
import type { AfterCommit, TargetHandler } from '../moderation/targets';

async function announceDelivery(db: Executor, message: typeof chatMessages.$inferSelect): Promise<void> {
	const names = await classNames(db, message.schoolId, message.classId, [message.authorId]);
	publish(rooms.chatRoom(message.roomId), 'chat:message', toMessageView(message, names, ''));
}

export const chatMessageTarget: TargetHandler = {
	async apply(tx: Transaction, item: ReviewItemRow, _actor: Actor, now: Date): Promise<AfterCommit> {
		const changes =
			item.status === 'approved'
				? { status: 'approved' as const, deliveredAt: now, deliveredSeq: sql`nextval('chat_delivery_seq')` }
				: item.status === 'rejected'
					? { status: 'rejected' as const, rejectionCode: item.rejectionCode, rejectionText: item.rejectionText }
					: { status: item.status };
		const [message] = await tx.update(chatMessages).set(changes).where(eq(chatMessages.id, item.targetId)).returning();
		if (!message) return () => {};
		return async (db) => {
			publish(rooms.user(message.authorId), 'chat:own', toOwnView(message));
			if (message.status === 'approved') await announceDelivery(db, message);
		};
	}
};

export const reportedMessageTarget: TargetHandler = {
	async apply(tx: Transaction, item: ReviewItemRow, _actor: Actor, now: Date): Promise<AfterCommit> {
		if (item.status === 'approved') {
			const [message] = await tx.update(chatMessages).set({ hiddenAt: null }).where(eq(chatMessages.id, item.targetId)).returning();
			return async (db) => {
				if (message?.status === 'approved') await announceDelivery(db, message);
			};
		}
		// Rejected (removed) or escalated: the message stays hidden from the class.
		const [message] = await tx
			.update(chatMessages)
			.set({ hiddenAt: sql`coalesce(${chatMessages.hiddenAt}, ${now.toISOString()}::timestamptz)` })
			.where(eq(chatMessages.id, item.targetId))
			.returning();
		return () => {
			if (message) publish(rooms.chatRoom(message.roomId), 'chat:hidden', { roomId: message.roomId, messageId: message.id });
		};
	}
};
