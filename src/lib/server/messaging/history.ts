// Reading a room. A page opens with the newest approved, visible messages and the room's
// change cursor; older messages page in on request. A reconnecting client asks for every
// change after its cursor (deliveries, and messages hidden or restored while it was away),
// page by page until complete, so nothing approved or hidden meanwhile is missed.
import { and, asc, desc, eq, gt, isNull, lt, ne } from 'drizzle-orm';
import type { Executor } from '../db';
import { chatMessages, rooms, type ChatMessage } from '../db/schema';
import type { Actor } from '../../domain/auth/permissions';
import type { ChatMessageView, OwnMessageView, RoomChanges } from '../../realtime/events';
import { openRoom } from './rooms';
import { classNames } from './names';
import { toMessageView, toOwnView } from './views';

// Enough to fill a tablet screen several times; catch-up pages by the same size.
const PAGE = 200;

export interface RoomHistory {
	messages: ChatMessageView[];
	own: OwnMessageView[];
	/** The room's change number when read: catch up from here. */
	cursor: number;
	/** Whether older messages remain (ask with the first message's seq). */
	more: boolean;
}

type Room = Awaited<ReturnType<typeof openRoom>>;

async function views(db: Executor, room: Room, actor: Actor, rows: ChatMessage[]): Promise<ChatMessageView[]> {
	const names = await classNames(db, room.schoolId, room.classId, [...new Set(rows.map((r) => r.authorId))]);
	return rows.map((m) => toMessageView(m, names, actor.userId));
}

async function ownMessages(db: Executor, room: Room, actor: Actor): Promise<OwnMessageView[]> {
	const waiting = await db
		.select()
		.from(chatMessages)
		.where(and(eq(chatMessages.roomId, room.id), eq(chatMessages.authorId, actor.userId), ne(chatMessages.status, 'approved')))
		.orderBy(asc(chatMessages.createdAt));
	// Only the last day's returned messages: older ones have been seen and dealt with.
	return waiting.filter((m) => m.status !== 'rejected' || Date.now() - m.createdAt.getTime() < 86_400_000).map(toOwnView);
}

const visibleIn = (roomId: string) => and(eq(chatMessages.roomId, roomId), eq(chatMessages.status, 'approved'), isNull(chatMessages.hiddenAt));

/** The newest page of a room, with the cursor to catch up from. */
export async function readRoom(db: Executor, actor: Actor, roomId: string): Promise<RoomHistory> {
	const room = await openRoom(db, actor, roomId, 'chat.read');
	// The cursor is read first: a change committed after it is caught up again (harmless,
	// clients ignore what they have), never skipped. Changes commit in number order (the
	// room's counter is taken under its row lock), so none below it can still appear.
	const [{ cursor } = { cursor: 0 }] = await db.select({ cursor: rooms.lastChange }).from(rooms).where(eq(rooms.id, room.id));
	const rows = await db
		.select()
		.from(chatMessages)
		.where(visibleIn(room.id))
		.orderBy(desc(chatMessages.deliveredSeq))
		.limit(PAGE + 1);
	return {
		messages: await views(db, room, actor, rows.slice(0, PAGE).reverse()),
		own: await ownMessages(db, room, actor),
		cursor,
		more: rows.length > PAGE
	};
}

/** Older messages, before the delivery number `beforeSeq`, newest last. */
export async function readOlder(db: Executor, actor: Actor, roomId: string, beforeSeq: number): Promise<{ messages: ChatMessageView[]; more: boolean }> {
	const room = await openRoom(db, actor, roomId, 'chat.read');
	const rows = await db
		.select()
		.from(chatMessages)
		.where(and(visibleIn(room.id), lt(chatMessages.deliveredSeq, beforeSeq)))
		.orderBy(desc(chatMessages.deliveredSeq))
		.limit(PAGE + 1);
	return { messages: await views(db, room, actor, rows.slice(0, PAGE).reverse()), more: rows.length > PAGE };
}

/** Every change after `cursor`, one page at a time: ask again with the new cursor until complete. */
export async function catchUpRoom(db: Executor, actor: Actor, roomId: string, cursor: number): Promise<RoomChanges> {
	const room = await openRoom(db, actor, roomId, 'chat.read');
	const rows = await db
		.select()
		.from(chatMessages)
		.where(and(eq(chatMessages.roomId, room.id), gt(chatMessages.changeSeq, cursor)))
		.orderBy(asc(chatMessages.changeSeq))
		.limit(PAGE + 1);
	const page = rows.slice(0, PAGE);
	const shown = page.filter((m) => m.status === 'approved' && m.hiddenAt === null);
	return {
		messages: await views(db, room, actor, shown),
		hidden: page.filter((m) => !shown.includes(m)).map((m) => ({ id: m.id, cursor: m.changeSeq ?? 0 })),
		own: await ownMessages(db, room, actor),
		cursor: page.at(-1)?.changeSeq ?? cursor,
		complete: rows.length <= PAGE
	};
}
