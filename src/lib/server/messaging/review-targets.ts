// How moderation decisions change chat messages. A held message is delivered to its room
// only on approval (taking the next delivery number, so reconnecting clients catch up in
// order); a rejection goes back to its writer with the teacher's reason; a take-down hides
// an approved message for good and tells its writer kindly. A report is upheld (the message
// stays hidden) or dismissed (it comes back); either way its reporters are told.
import { eq, getTableColumns, inArray, sql } from 'drizzle-orm';
import type { Executor, Transaction } from '../db';
import { chatMessages, classes, messageReports, rooms as roomsTable, users, type ChatMessage, type ReviewItemRow } from '../db/schema';
import type { Actor } from '../../domain/auth/permissions';
import { rooms } from '../../realtime/events';
import { publish } from '../realtime/publish';
import { classNames } from './names';
import { toMessageView, toOwnView } from './views';
import type { AfterCommit, TargetDescription, TargetHandler } from '../moderation/targets';
import { notePupils, takeUnansweredReporters } from '../moderation/pupil-notes';
import { noteForReporter, noteForTakenDown } from '../../domain/moderation/pupil-notes';

/** The room's next change number, for a delivery, hiding or restoring (see the 0009 migration). */
const nextRoomChange = sql`next_room_change(${chatMessages.roomId})`;

async function announceDelivery(db: Executor, message: typeof chatMessages.$inferSelect): Promise<void> {
	const names = await classNames(db, message.schoolId, message.classId, [message.authorId]);
	publish(rooms.chatRoom(message.roomId), 'chat:message', toMessageView(message, names, ''));
}

/** The queue's view of chat messages (held or reported), with reporters' notes for reports. */
async function describeMessages(db: Executor, items: ReviewItemRow[]): Promise<Map<string, TargetDescription>> {
	const ids = items.map((i) => i.targetId);
	if (!ids.length) return new Map();
	const messages = await db
		.select({ id: chatMessages.id, roomId: chatMessages.roomId, body: chatMessages.body, roomName: roomsTable.name, className: classes.name })
		.from(chatMessages)
		.innerJoin(roomsTable, eq(roomsTable.id, chatMessages.roomId))
		.innerJoin(classes, eq(classes.id, chatMessages.classId))
		.where(inArray(chatMessages.id, ids));
	const reports = items.some((i) => i.targetType === 'report')
		? await db
				.select({ messageId: messageReports.messageId, note: messageReports.note, reporter: users.firstName })
				.from(messageReports)
				.innerJoin(users, eq(users.id, messageReports.reporterId))
				.where(inArray(messageReports.messageId, ids))
		: [];
	const described = new Map<string, TargetDescription>();
	for (const item of items) {
		const m = messages.find((x) => x.id === item.targetId);
		if (!m) continue;
		const notes =
			item.targetType === 'report'
				? reports.filter((r) => r.messageId === m.id).map((r) => (r.note ? `${r.reporter}: ${r.note}` : `Reported by ${r.reporter}`))
				: [];
		described.set(item.id, {
			title: null,
			body: m.body,
			className: m.className,
			place: `${m.className} · ${m.roomName}`,
			reportNotes: notes,
			link: `/staff/chat/${m.roomId}`
		});
	}
	return described;
}

/** An approved message taken down by staff: hidden from the room for good, its writer told kindly. */
async function takeDown(tx: Transaction, item: ReviewItemRow, actor: Actor, now: Date): Promise<AfterCommit> {
	const [message] = await tx
		.update(chatMessages)
		.set({ hiddenAt: sql`coalesce(${chatMessages.hiddenAt}, ${now.toISOString()}::timestamptz)`, changeSeq: nextRoomChange })
		.where(eq(chatMessages.id, item.targetId))
		.returning();
	if (!message) return () => {};
	await notePupils(tx, { schoolId: message.schoolId, pupilIds: [message.authorId], body: noteForTakenDown('chat-message'), by: actor.userId, now });
	return () => publish(rooms.chatRoom(message.roomId), 'chat:hidden', { roomId: message.roomId, messageId: message.id, cursor: message.changeSeq ?? 0 });
}

export const chatMessageTarget: TargetHandler = {
	describe: describeMessages,
	channel: async () => 'chat',
	announceDecided: (db, json) => announceDecidedMessage(db, messageFromJson(json)),
	async apply(tx: Transaction, item: ReviewItemRow, actor: Actor, now: Date): Promise<AfterCommit> {
		if (item.status === 'removed') return takeDown(tx, item, actor, now);
		const changes =
			item.status === 'approved'
				? { status: 'approved' as const, deliveredAt: now, deliveredSeq: sql`nextval('chat_delivery_seq')`, changeSeq: nextRoomChange }
				: item.status === 'rejected'
					? { status: 'rejected' as const, rejectionCode: item.rejectionCode, rejectionText: item.rejectionText }
					: { status: 'escalated' as const };
		const [message] = await tx.update(chatMessages).set(changes).where(eq(chatMessages.id, item.targetId)).returning();
		if (!message) return () => {};
		return (db) => announceDecidedMessage(db, message);
	}
};

/** After a held message was decided: its writer sees how, and an approved one reaches its room. */
export async function announceDecidedMessage(db: Executor, message: typeof chatMessages.$inferSelect): Promise<void> {
	publish(rooms.user(message.authorId), 'chat:own', toOwnView(message));
	if (message.status === 'approved') await announceDelivery(db, message);
}

/** The pupils who reported a message hear what the teacher decided, each once. */
async function answerReporters(tx: Transaction, item: ReviewItemRow, actor: Actor, now: Date, note: string | null): Promise<void> {
	if (item.status !== 'upheld' && item.status !== 'dismissed') return;
	const reporters = await takeUnansweredReporters(tx, item.targetId, now);
	await notePupils(tx, { schoolId: item.schoolId, pupilIds: reporters, body: noteForReporter(item.status, note), by: actor.userId, now });
}

export const reportedMessageTarget: TargetHandler = {
	describe: describeMessages,
	channel: async () => 'chat',
	async apply(tx: Transaction, item: ReviewItemRow, actor: Actor, now: Date, note: string | null): Promise<AfterCommit> {
		await answerReporters(tx, item, actor, now, note);
		if (item.status === 'dismissed') {
			const [message] = await tx.update(chatMessages).set({ hiddenAt: null, changeSeq: nextRoomChange }).where(eq(chatMessages.id, item.targetId)).returning();
			return async (db) => {
				if (message?.status === 'approved') await announceDelivery(db, message);
			};
		}
		// Upheld (removed) or escalated: the message stays hidden from the class.
		const [message] = await tx
			.update(chatMessages)
			.set({ hiddenAt: sql`coalesce(${chatMessages.hiddenAt}, ${now.toISOString()}::timestamptz)`, changeSeq: nextRoomChange })
			.where(eq(chatMessages.id, item.targetId))
			.returning();
		return () => {
			if (message) publish(rooms.chatRoom(message.roomId), 'chat:hidden', { roomId: message.roomId, messageId: message.id, cursor: message.changeSeq ?? 0 });
		};
	}
};

// The message's columns as the database names them, to read a row that came back as JSON.
const COLUMNS = Object.entries(getTableColumns(chatMessages)).map(([key, column]) => ({ key, name: column.name, isTime: column.columnType === 'PgTimestamp' }));

function messageFromJson(json: Record<string, unknown>): ChatMessage {
	const message: Record<string, unknown> = {};
	for (const { key, name, isTime } of COLUMNS) {
		const value = json[name] ?? null;
		message[key] = isTime && value !== null ? new Date(value as string) : value;
	}
	return message as unknown as ChatMessage;
}
