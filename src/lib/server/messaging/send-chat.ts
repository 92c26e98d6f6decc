// Sending a chat message. The server screens every message: a personal detail is refused
// at once (and logged for the safeguarding lead); a pupil's other messages are stored and
// queued for their teacher; a teacher's go straight to the room. The row commits before
// the sender hears "accepted", and sockets hear about it only after that commit.
import { and, eq, sql } from 'drizzle-orm';
import type { Database, Executor } from '../db';
import { chatMessages, type ChatMessage } from '../db/schema';
import type { Actor } from '../../domain/auth/permissions';
import { isStaff } from '../../domain/auth/roles';
import type { SendChatInput } from '../../domain/messaging/inputs';
import { checkChatRate } from '../../domain/messaging/chat-rules';
import { severityOf, type ScreeningResult, type Screener } from '../../domain/screening';
import { alertsDsl } from '../../domain/safeguarding/alerts';
import type { AlertView, SendResult } from '../../realtime/events';
import { rooms as socketRooms } from '../../realtime/events';
import { recordAudit } from '../audit/record';
import { RateLimitError, isUniqueViolation } from '../errors';
import { publish } from '../realtime/publish';
import { openRoom } from './rooms';
import { screenerForSchool } from './screening-context';
import { classNames } from './names';
import { toMessageView, toOwnView } from './views';
import { publishQueueView } from '../moderation/submit';
import { storePendingMessage, type StoreOutcome } from './store-pending';
import { toDomainItem, toQueueItemView } from '../moderation/queue';
import { bulkSkipReason } from '../../domain/moderation/bulk';
import { recordBlockedAttempt } from './blocked';
import { publishAlerts, raiseScreeningAlerts } from '../safeguarding/alerts';

export async function sendChatMessage(db: Database, actor: Actor, input: SendChatInput, now = new Date()): Promise<SendResult> {
	const room = await openRoom(db, actor, input.roomId, 'chat.send');
	const screener = await screenerForSchool(db, actor.schoolId);
	return isStaff(actor.role) ? sendAsStaff(db, actor, room, input, screener.screen(input.body), now) : sendAsPupil(db, actor, room, input, screener, now);
}

// Sends fired together by one writer take turns (store-pending.ts); one that finds it was
// overtaken reads and decides again. Twenty at once settle in at most twenty rounds.
const MAX_SEND_ROUNDS = 25;

/**
 * A pupil's send is two statements and no transaction: one read (the client key, the
 * writer's send window, their last few messages in this room for the screen), then one
 * statement that takes the writer's place in the window and stores the message, only if
 * nobody sent since the read and the limit allows. Otherwise it reads and decides again,
 * so the limit, the client key and the screen's look-back hold for sends fired together
 * exactly as for sends one after another.
 */
async function sendAsPupil(db: Database, actor: Actor, room: RoomRow, input: SendChatInput, screener: Screener, now: Date): Promise<SendResult> {
	for (let round = 0; round < MAX_SEND_ROUNDS; round++) {
		const recent = await recentSends(db, actor.userId, input.clientKey, room.id, now);
		if (recent.repeated) return replay(db, actor, (await firstSend(db, actor.userId, input.clientKey))!);
		enforceRate(recent.times, now);
		// The writer's last few messages in this room go to the screen too: a number typed in pieces.
		const screen = screener.screen(input.body, recent.bodies);
		if (screen.verdict === 'block') return refuseBlocked(db, actor, room, input, screen, now);
		const pending = {
			schoolId: actor.schoolId,
			classId: room.classId,
			roomId: room.id,
			authorId: actor.userId,
			body: input.body,
			clientKey: input.clientKey,
			screen,
			now,
			sendsSeen: recent.sends
		};
		// Findings the DSL must hear about (the screen's severity: a secrecy or meeting request)
		// raise alerts in the same transaction as the message; anything else needs none.
		const done = alertsDsl(severityOf(screen.findings))
			? await db.transaction(async (tx) => {
					const stored = await storePendingMessage(tx, pending);
					if (stored.kind !== 'stored') return { stored, alerts: [] };
					const alerts = await raiseScreeningAlerts(tx, actor, { sourceType: 'chat-message', sourceId: stored.message.id, screen, classId: room.classId, now });
					return { stored, alerts };
				})
			: { stored: await storePendingMessage(db, pending), alerts: [] };
		if (done.stored.kind === 'stored') return announcePending(db, actor, room, done.stored, done.alerts);
		if (done.stored.kind === 'repeated') return replay(db, actor, (await firstSend(db, actor.userId, input.clientKey))!);
	}
	throw new RateLimitError('Lots of messages are arriving at once. Please try again in a moment.', 1);
}

/** A message the screen blocked never reaches the room: it is kept as a blocked attempt (for the DSL) and the writer is told. */
async function refuseBlocked(db: Database, actor: Actor, room: RoomRow, input: SendChatInput, screen: ScreeningResult, now: Date): Promise<SendResult> {
	const own = await recordBlockedAttempt(db, actor, {
		classId: room.classId,
		roomId: room.id,
		channel: 'chat',
		body: input.body,
		clientKey: input.clientKey,
		screen,
		now
	});
	return { outcome: 'blocked', own };
}

/** Staff messages go straight to the room; a send repeated (even at the same moment) answers with the first. */
async function sendAsStaff(db: Database, actor: Actor, room: RoomRow, input: SendChatInput, screen: ScreeningResult, now: Date): Promise<SendResult> {
	const first = await firstSend(db, actor.userId, input.clientKey);
	if (first) return replay(db, actor, first);
	if (screen.verdict === 'block') return refuseBlocked(db, actor, room, input, screen, now);
	try {
		return await deliverStaffMessage(db, actor, room, input, screen, now);
	} catch (e) {
		if (!isUniqueViolation(e)) throw e;
		const winner = await firstSend(db, actor.userId, input.clientKey);
		if (!winner) throw e;
		return replay(db, actor, winner);
	}
}

async function firstSend(db: Executor, authorId: string, clientKey: string): Promise<ChatMessage | undefined> {
	const [first] = await db
		.select()
		.from(chatMessages)
		.where(and(eq(chatMessages.authorId, authorId), eq(chatMessages.clientKey, clientKey)));
	return first;
}

// A number typed in pieces arrives as several messages within a few minutes.
const SPLIT_WINDOW_MS = 10 * 60_000;
const SPLIT_MESSAGES = 4;

interface RecentSends {
	/** This client key was stored already. */
	repeated: boolean;
	/** When this writer last sent or tried to send (blocked attempts count towards the rate too). */
	times: Date[];
	/** How many sends the writer's window has counted: the store checks nobody sent since. */
	sends: number;
	/** The writer's last few messages in this room, oldest first, for the screen. */
	bodies: string[];
}

type RecentRow = { repeated: boolean; recent: string[] | null; sends: number | null; bodies: string[] | null };

/** In one read: a repeated client key, the writer's send window, and their last few messages in this room. */
async function recentSends(db: Executor, authorId: string, clientKey: string, roomId: string, now: Date): Promise<RecentSends> {
	const splitSince = new Date(now.getTime() - SPLIT_WINDOW_MS).toISOString();
	const at = now.toISOString();
	// Arrays travel as JSON: both drivers read JSON the same way.
	const result = await db.execute<RecentRow>(sql`
		select exists (select 1 from chat_messages where author_id = ${authorId} and client_key = ${clientKey}) as repeated,
			(select to_json(recent) from chat_send_windows where author_id = ${authorId}) as recent,
			(select sends from chat_send_windows where author_id = ${authorId}) as sends,
			(select coalesce(json_agg(body order by created_at), '[]'::json) from (
				select body, created_at from chat_messages
				where author_id = ${authorId} and room_id = ${roomId} and created_at > ${splitSince}::timestamptz and created_at <= ${at}::timestamptz
				order by created_at desc limit ${SPLIT_MESSAGES}) last) as bodies`);
	const rows: RecentRow[] = Array.isArray(result) ? (result as RecentRow[]) : (result as unknown as { rows: RecentRow[] }).rows;
	const row = rows[0]!;
	// Sends a minute either side of now count (one that went first may carry a slightly later time).
	const near = (t: Date) => Math.abs(t.getTime() - now.getTime()) <= 60_000;
	return {
		repeated: row.repeated,
		times: (row.recent ?? []).map((t) => new Date(t)).filter(near),
		sends: Number(row.sends ?? 0),
		bodies: row.bodies ?? []
	};
}

function enforceRate(times: Date[], now: Date): void {
	const decision = checkChatRate(times, now);
	if (!decision.ok) throw new RateLimitError(decision.message, decision.retryAfterSeconds);
}

type RoomRow = Awaited<ReturnType<typeof openRoom>>;

async function deliverStaffMessage(db: Database, actor: Actor, room: RoomRow, input: SendChatInput, screen: ScreeningResult, now: Date): Promise<SendResult> {
	const message = await db.transaction(async (tx) => {
		const [row] = await tx
			.insert(chatMessages)
			.values({
				schoolId: actor.schoolId,
				classId: room.classId,
				roomId: room.id,
				authorId: actor.userId,
				body: input.body,
				status: 'approved',
				verdict: screen.verdict,
				findings: screen.findings,
				clientKey: input.clientKey,
				createdAt: now,
				deliveredAt: now,
				deliveredSeq: sql`nextval('chat_delivery_seq')`,
				changeSeq: sql`next_room_change(${room.id})`
			})
			.returning();
		await recordAudit(tx, {
			schoolId: actor.schoolId,
			actorId: actor.userId,
			action: 'chat.staff_message_sent',
			targetType: 'chat-message',
			targetId: row!.id,
			details: { roomId: room.id, verdict: screen.verdict, findings: screen.findings.map((f) => f.kind) }
		});
		return row!;
	});
	const names = await classNames(db, actor.schoolId, room.classId, [actor.userId]);
	publish(socketRooms.chatRoom(room.id), 'chat:message', toMessageView(message, names, ''));
	return { outcome: 'delivered', message: toMessageView(message, names, actor.userId) };
}

/** After the commit: the teacher's queue hears of the new item, the writer of their message. */
async function announcePending(
	db: Database,
	actor: Actor,
	room: RoomRow,
	stored: Extract<StoreOutcome, { kind: 'stored' }>,
	alerts: AlertView[]
): Promise<SendResult> {
	const { message, item } = stored;
	publishAlerts(actor.schoolId, alerts);
	const names = await classNames(db, actor.schoolId, room.classId, [actor.userId]);
	publishQueueView(
		actor.schoolId,
		toQueueItemView(item, {
			title: null,
			body: message.body,
			className: names.className,
			place: `${names.className} · ${room.name}`,
			authorName: names.fullNameOf(actor.userId),
			reportNotes: [],
			// No photos in chat, and a pupil whose messaging is paused cannot send at all.
			bulkEligible: bulkSkipReason(toDomainItem(item), { imageCount: 0, authorSanctioned: false }) === null,
			images: [],
			escalationNote: null
		})
	);
	const own = toOwnView(message);
	publish(socketRooms.user(actor.userId), 'chat:own', own);
	return { outcome: 'waiting', own };
}

/** A retried send answers with what happened the first time, never a second copy. */
async function replay(db: Database, actor: Actor, existing: ChatMessage): Promise<SendResult> {
	if (existing.status === 'approved' && existing.deliveredSeq !== null) {
		const names = await classNames(db, actor.schoolId, existing.classId, [actor.userId]);
		return { outcome: 'delivered', message: toMessageView(existing, names, actor.userId) };
	}
	return { outcome: 'waiting', own: toOwnView(existing) };
}
