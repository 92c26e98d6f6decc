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
import type { SendResult } from '../../realtime/events';
import { rooms as socketRooms } from '../../realtime/events';
import { recordAudit } from '../audit/record';
import { RateLimitError } from '../errors';
import { publish } from '../realtime/publish';
import { openRoom } from './rooms';
import { screenerForSchool } from './screening-context';
import { classNames } from './names';
import { toMessageView, toOwnView } from './views';
import { submitForReview, publishQueueView } from '../moderation/submit';
import { toQueueItemView } from '../moderation/queue';
import { recordBlockedAttempt } from './blocked';
import { publishAlerts, raiseScreeningAlerts } from '../safeguarding/alerts';

export async function sendChatMessage(db: Database, actor: Actor, input: SendChatInput, now = new Date()): Promise<SendResult> {
	const room = await openRoom(db, actor, input.roomId, 'chat.send');
	const [existing] = await db
		.select()
		.from(chatMessages)
		.where(and(eq(chatMessages.authorId, actor.userId), eq(chatMessages.clientKey, input.clientKey)));
	if (existing) return replay(db, actor, existing);
	if (!isStaff(actor.role)) await enforceRate(db, actor.userId, now);
	const screen = (await screenerForSchool(db, actor.schoolId)).screen(input.body);
	if (screen.verdict === 'block') {
		const own = await recordBlockedAttempt(db, actor, { classId: room.classId, roomId: room.id, channel: 'chat', body: input.body, clientKey: input.clientKey, screen, now });
		return { outcome: 'blocked', own };
	}
	if (isStaff(actor.role)) return deliverStaffMessage(db, actor, room, input, screen, now);
	return queuePupilMessage(db, actor, room, input, screen, now);
}

async function enforceRate(db: Database, authorId: string, now: Date): Promise<void> {
	const since = new Date(now.getTime() - 60_000);
	// Sent and blocked attempts both count, in one round trip.
	const rows = await db.execute<{ at: Date | string }>(sql`
		select created_at as at from chat_messages where author_id = ${authorId} and created_at > ${since.toISOString()}::timestamptz and created_at <= ${now.toISOString()}::timestamptz
		union all
		select created_at from blocked_attempts where author_id = ${authorId} and created_at > ${since.toISOString()}::timestamptz and created_at <= ${now.toISOString()}::timestamptz`);
	const times = (Array.isArray(rows) ? rows : (rows as { rows: { at: Date | string }[] }).rows).map((r) => new Date(r.at));
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
	const { message, item, alerts } = await db.transaction(async (tx) => {
		const [row] = await tx
			.insert(chatMessages)
			.values({
				schoolId: actor.schoolId,
				classId: room.classId,
				roomId: room.id,
				authorId: actor.userId,
				body: input.body,
				status: 'pending',
				verdict: screen.verdict,
				findings: screen.findings,
				clientKey: input.clientKey,
				createdAt: now
			})
			.returning();
		const item = await submitForReview(tx, {
			schoolId: actor.schoolId,
			classId: room.classId,
			targetType: 'chat-message',
			targetId: row!.id,
			authorId: actor.userId,
			verdict: screen.verdict,
			findings: screen.findings,
			now
		});
		await recordAudit(tx, {
			schoolId: actor.schoolId,
			actorId: actor.userId,
			action: 'chat.message_submitted',
			targetType: 'chat-message',
			targetId: row!.id,
			details: { roomId: room.id, verdict: screen.verdict, findings: screen.findings.map((f) => ({ kind: f.kind, rule: f.rule })) }
		});
		const alerts = await raiseScreeningAlerts(tx, actor, { sourceType: 'chat-message', sourceId: row!.id, screen, classId: room.classId, now });
		return { message: row!, item, alerts };
	});
	publishAlerts(actor.schoolId, alerts);
	const names = await classNames(db, actor.schoolId, room.classId, [actor.userId]);
	publishQueueView(
		actor.schoolId,
		toQueueItemView(item, { title: null, body: message.body, className: names.className, place: `${names.className} · ${room.name}`, authorName: names.fullNameOf(actor.userId), reportNotes: [] })
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
