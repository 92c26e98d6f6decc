// Sending a chat message. The server screens every message: a personal detail is refused
// at once (and logged for the safeguarding lead); a pupil's other messages are stored and
// queued for their teacher; a teacher's go straight to the room. The row commits before
// the sender hears "accepted", and sockets hear about it only after that commit.
import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '../db';
import { chatMessages, type ChatMessage } from '../db/schema';
import type { Actor } from '../../domain/auth/permissions';
import { isStaff } from '../../domain/auth/roles';
import type { SendChatInput } from '../../domain/messaging/inputs';
import { checkChatRate } from '../../domain/messaging/chat-rules';
import type { ScreeningResult } from '../../domain/screening';
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
	// The room check and the retry-and-rate check are independent reads: ask at once.
	const [room, recent] = await Promise.all([openRoom(db, actor, input.roomId, 'chat.send'), recentSends(db, actor.userId, input.clientKey, now)]);
	if (recent.repeated) {
		const [first] = await db.select().from(chatMessages).where(and(eq(chatMessages.authorId, actor.userId), eq(chatMessages.clientKey, input.clientKey)));
		if (first) return replay(db, actor, first);
	}
	if (!isStaff(actor.role)) enforceRate(recent.times, now);
	const screen = (await screenerForSchool(db, actor.schoolId)).screen(input.body);
	if (screen.verdict === 'block') {
		const own = await recordBlockedAttempt(db, actor, { classId: room.classId, roomId: room.id, channel: 'chat', body: input.body, clientKey: input.clientKey, screen, now });
		return { outcome: 'blocked', own };
	}
	if (isStaff(actor.role)) return deliverStaffMessage(db, actor, room, input, screen, now);
	return queuePupilMessage(db, actor, room, input, screen, now);
}

/**
 * In one read: whether this send (its client key) was stored already, and when this writer
 * sent or tried to send in the last minute (blocked attempts count towards the rate too).
 */
async function recentSends(db: Database, authorId: string, clientKey: string, now: Date): Promise<{ repeated: boolean; times: Date[] }> {
	const since = new Date(now.getTime() - 60_000).toISOString();
	const until = now.toISOString();
	const result = await db.execute<{ at: Date | string; same: boolean }>(sql`
		select created_at as at, client_key = ${clientKey} as same from chat_messages
			where author_id = ${authorId} and (client_key = ${clientKey} or (created_at > ${since}::timestamptz and created_at <= ${until}::timestamptz))
		union all
		select created_at, false from blocked_attempts
			where author_id = ${authorId} and created_at > ${since}::timestamptz and created_at <= ${until}::timestamptz`);
	const rows = Array.isArray(result) ? result : (result as { rows: { at: Date | string; same: boolean }[] }).rows;
	const inWindow = rows.filter((r) => !r.same || new Date(r.at).getTime() > now.getTime() - 60_000);
	return { repeated: rows.some((r) => r.same), times: inWindow.map((r) => new Date(r.at)) };
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
				deliveredSeq: sql`nextval('chat_delivery_seq')`
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

async function queuePupilMessage(db: Database, actor: Actor, room: RoomRow, input: SendChatInput, screen: ScreeningResult, now: Date): Promise<SendResult> {
	const pending = { schoolId: actor.schoolId, classId: room.classId, roomId: room.id, authorId: actor.userId, body: input.body, clientKey: input.clientKey, screen, now };
	let stored: Awaited<ReturnType<typeof storePendingMessage>>;
	let alerts: AlertView[] = [];
	try {
		// A secrecy or meeting request also raises alerts, in the same transaction; an
		// ordinary message is one atomic statement (see store-pending.ts).
		if (screen.alerts.secrecy || screen.alerts.meeting) {
			({ stored, alerts } = await db.transaction(async (tx) => {
				const inTx = await storePendingMessage(tx, pending);
				const raised = await raiseScreeningAlerts(tx, actor, { sourceType: 'chat-message', sourceId: inTx.message.id, screen, classId: room.classId, now });
				return { stored: inTx, alerts: raised };
			}));
		} else stored = await storePendingMessage(db, pending);
	} catch (e) {
		// The same send arriving twice at once: the second answers with the first.
		if (!isUniqueViolation(e)) throw e;
		const [first] = await db.select().from(chatMessages).where(and(eq(chatMessages.authorId, actor.userId), eq(chatMessages.clientKey, input.clientKey)));
		if (!first) throw e;
		return replay(db, actor, first);
	}
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
