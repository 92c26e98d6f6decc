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
import { storePendingMessage } from './store-pending';
import { toDomainItem, toQueueItemView } from '../moderation/queue';
import { bulkSkipReason } from '../../domain/moderation/bulk';
import { recordBlockedAttempt } from './blocked';
import { publishAlerts, raiseScreeningAlerts } from '../safeguarding/alerts';

export async function sendChatMessage(db: Database, actor: Actor, input: SendChatInput, now = new Date()): Promise<SendResult> {
	const room = await openRoom(db, actor, input.roomId, 'chat.send');
	const screener = await screenerForSchool(db, actor.schoolId);
	return isStaff(actor.role) ? sendAsStaff(db, actor, room, input, screener.screen(input.body), now) : sendAsPupil(db, actor, room, input, screener, now);
}

// Names this app's per-writer locks among PostgreSQL advisory locks (the second key is the writer).
const WRITER_LOCK = 7_314_022;

/**
 * A pupil's sends are taken one at a time per writer, under a transaction-scoped advisory
 * lock: the rate check (10 a minute) and the client-key check read what the writer's
 * earlier sends committed, so sends fired together can neither beat the limit nor store
 * one message twice. The read is sent only once the lock is held (its snapshot must
 * include every earlier send's commit), and it also brings the writer's last few messages
 * in the room for the screen, so a send costs no read outside the transaction.
 */
async function sendAsPupil(db: Database, actor: Actor, room: RoomRow, input: SendChatInput, screener: Screener, now: Date): Promise<SendResult> {
	const done = await db.transaction(async (tx) => {
		await tx.execute(sql`select pg_advisory_xact_lock(${WRITER_LOCK}, hashtext(${actor.userId}))`);
		const recent = await recentSends(tx, actor.userId, input.clientKey, room.id, now);
		if (recent.repeated) return { kind: 'repeated' as const };
		enforceRate(recent.times, now);
		// The writer's last few messages in this room go to the screen too: a number typed in pieces.
		const screen = screener.screen(input.body, recent.bodies);
		if (screen.verdict === 'block') return { kind: 'blocked' as const, screen };
		const stored = await storePendingMessage(tx, {
			schoolId: actor.schoolId,
			classId: room.classId,
			roomId: room.id,
			authorId: actor.userId,
			body: input.body,
			clientKey: input.clientKey,
			screen,
			now
		});
		// Findings the DSL must hear about (the screen's severity: a secrecy or meeting request) raise alerts in the same transaction.
		const alerts = alertsDsl(severityOf(screen.findings))
			? await raiseScreeningAlerts(tx, actor, { sourceType: 'chat-message', sourceId: stored.message.id, screen, classId: room.classId, now })
			: [];
		return { kind: 'stored' as const, stored, alerts };
	});
	if (done.kind === 'repeated') return replay(db, actor, (await firstSend(db, actor.userId, input.clientKey))!);
	if (done.kind === 'blocked') {
		const own = await recordBlockedAttempt(db, actor, {
			classId: room.classId,
			roomId: room.id,
			channel: 'chat',
			body: input.body,
			clientKey: input.clientKey,
			screen: done.screen,
			now
		});
		return { outcome: 'blocked', own };
	}
	return announcePending(db, actor, room, done.stored, done.alerts);
}

/** Staff messages go straight to the room; a send repeated (even at the same moment) answers with the first. */
async function sendAsStaff(db: Database, actor: Actor, room: RoomRow, input: SendChatInput, screen: ScreeningResult, now: Date): Promise<SendResult> {
	const first = await firstSend(db, actor.userId, input.clientKey);
	if (first) return replay(db, actor, first);
	if (screen.verdict === 'block') {
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
	/** When this writer sent or tried to send in the last minute (blocked attempts count towards the rate too). */
	times: Date[];
	/** The writer's last few messages in this room, oldest first, for the screen. */
	bodies: string[];
}

/** In one read: a repeated client key, the writer's sends of the last minute, and their last few messages in this room. */
async function recentSends(db: Executor, authorId: string, clientKey: string, roomId: string, now: Date): Promise<RecentSends> {
	// The window reaches a minute past `now` too: a send that took the lock first may carry
	// a slightly later time than this one, and must still count.
	const since = new Date(now.getTime() - 60_000).toISOString();
	const until = new Date(now.getTime() + 60_000).toISOString();
	const splitSince = new Date(now.getTime() - SPLIT_WINDOW_MS).toISOString();
	const at = now.toISOString();
	const result = await db.execute<{ kind: 'sent' | 'body'; at: Date | string; same: boolean; body: string | null }>(sql`
		select 'sent' as kind, created_at as at, client_key = ${clientKey} as same, null as body from chat_messages
			where author_id = ${authorId} and (client_key = ${clientKey} or (created_at > ${since}::timestamptz and created_at <= ${until}::timestamptz))
		union all
		select 'sent', created_at, false, null from blocked_attempts
			where author_id = ${authorId} and created_at > ${since}::timestamptz and created_at <= ${until}::timestamptz
		union all
		(select 'body', created_at, false, body from chat_messages
			where author_id = ${authorId} and room_id = ${roomId} and created_at > ${splitSince}::timestamptz and created_at <= ${at}::timestamptz
			order by created_at desc limit ${SPLIT_MESSAGES})`);
	const rows = Array.isArray(result) ? result : (result as { rows: { kind: 'sent' | 'body'; at: Date | string; same: boolean; body: string | null }[] }).rows;
	const sent = rows.filter((r) => r.kind === 'sent');
	const inWindow = sent.filter((r) => !r.same || new Date(r.at).getTime() > now.getTime() - 60_000);
	const bodies = rows
		.filter((r) => r.kind === 'body')
		.sort((a, b) => new Date(a.at).getTime() - new Date(b.at).getTime())
		.map((r) => r.body ?? '');
	return { repeated: sent.some((r) => r.same), times: inWindow.map((r) => new Date(r.at)), bodies };
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
	stored: Awaited<ReturnType<typeof storePendingMessage>>,
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
