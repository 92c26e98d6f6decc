// Reading a room: approved, visible messages in delivery order, plus the reader's own
// messages that are still waiting or came back. A reconnecting client asks for everything
// after the last delivery number it saw, so nothing approved while it was away is missed.
import { and, asc, desc, eq, gt, isNull, ne } from 'drizzle-orm';
import type { Executor } from '../db';
import { chatMessages } from '../db/schema';
import type { Actor } from '../../domain/auth/permissions';
import type { ChatMessageView, OwnMessageView } from '../../realtime/events';
import { openRoom } from './rooms';
import { classNames } from './names';
import { toMessageView, toOwnView } from './views';

const PAGE = 200;

export interface RoomHistory {
	messages: ChatMessageView[];
	own: OwnMessageView[];
}

export async function readRoom(db: Executor, actor: Actor, roomId: string, afterSeq = 0): Promise<RoomHistory> {
	const room = await openRoom(db, actor, roomId, 'chat.read');
	const visible = and(eq(chatMessages.roomId, room.id), eq(chatMessages.status, 'approved'), isNull(chatMessages.hiddenAt));
	const rows =
		afterSeq > 0
			? await db.select().from(chatMessages).where(and(visible, gt(chatMessages.deliveredSeq, afterSeq))).orderBy(asc(chatMessages.deliveredSeq)).limit(PAGE)
			: (await db.select().from(chatMessages).where(visible).orderBy(desc(chatMessages.deliveredSeq)).limit(PAGE)).reverse();
	const waiting = await db
		.select()
		.from(chatMessages)
		.where(and(eq(chatMessages.roomId, room.id), eq(chatMessages.authorId, actor.userId), ne(chatMessages.status, 'approved')))
		.orderBy(asc(chatMessages.createdAt));
	const authorIds = [...new Set(rows.map((r) => r.authorId))];
	const names = await classNames(db, room.schoolId, room.classId, authorIds);
	return {
		messages: rows.map((m) => toMessageView(m, names, actor.userId)),
		// Only the last day's returned messages: older ones have been seen and dealt with.
		own: waiting.filter((m) => m.status !== 'rejected' || Date.now() - m.createdAt.getTime() < 86_400_000).map(toOwnView)
	};
}
