// Stores a pupil's message in ONE statement: it takes the writer's place in their send
// window (chat_send_windows), then writes the message, its review item, the item's first
// history entry (through moderation's `submitForReviewInStatement`, the same submission
// every kind makes) and the audit entry. A single statement is atomic on its own, so nothing is
// half-written, and it needs no BEGIN, lock or COMMIT round trips: a busy class sends
// hundreds of these a second.
//
// How sends fired together stay in line without a transaction: the window row is taken
// with INSERT … ON CONFLICT DO UPDATE, which waits for any other send holding that row and
// then checks its WHERE against the row as that send left it (not against this
// statement's older snapshot). The WHERE asks that nobody sent since this send read the
// window (`sends` unchanged) and that fewer than ten sends fall in the last minute. When
// either fails nothing is written and the caller reads again: the limit, the client key
// and the last messages the screen looked at are then all as fresh as the send before.
import { sql } from 'drizzle-orm';
import type { Executor } from '../db';
import type { ChatMessage, ReviewItemRow } from '../db/schema';
import type { ScreeningResult } from '../../domain/screening';
import { submitForReviewInStatement } from '../moderation/submit';
import { MAX_MESSAGES_PER_MINUTE } from '../../domain/messaging/chat-rules';

export interface PendingMessage {
	schoolId: string;
	classId: string;
	roomId: string;
	authorId: string;
	body: string;
	clientKey: string;
	screen: ScreeningResult;
	now: Date;
	/** The window's `sends` count this send read before it was screened (0 when it had no row). */
	sendsSeen: number;
}

export type StoreOutcome =
	| { kind: 'stored'; message: ChatMessage; item: ReviewItemRow }
	/** Someone sent since the read, or the limit is reached: read again and decide again. */
	| { kind: 'stale' }
	/** The window was taken but the client key was stored at the same moment by a twin send. */
	| { kind: 'repeated' };

export async function storePendingMessage(db: Executor, m: PendingMessage): Promise<StoreOutcome> {
	const messageId = crypto.randomUUID();
	const itemId = crypto.randomUUID();
	const at = m.now.toISOString();
	const findings = JSON.stringify(m.screen.findings);
	const details = JSON.stringify({ roomId: m.roomId, verdict: m.screen.verdict, findings: m.screen.findings.map((f) => ({ kind: f.kind, rule: f.rule })) });
	const since = new Date(m.now.getTime() - 60_000).toISOString();
	// A send that went first may carry a slightly later time than this one, and still counts.
	const until = new Date(m.now.getTime() + 60_000).toISOString();
	const result = await db.execute<{ slot: number | string; stored: number | string }>(sql`
		with slot as (
			insert into chat_send_windows as w (author_id, school_id, recent, sends)
			values (${m.authorId}, ${m.schoolId}, array[${at}::timestamptz], 1)
			on conflict (author_id) do update
				set recent = ${keepRecent(at)}, sends = w.sends + 1
				where w.sends = ${m.sendsSeen}
					and (select count(*) from unnest(w.recent) t where t > ${since}::timestamptz and t <= ${until}::timestamptz) < ${MAX_MESSAGES_PER_MINUTE}
			returning author_id
		), message as (
			insert into chat_messages (id, school_id, class_id, room_id, author_id, body, status, verdict, findings, client_key, created_at)
			select ${messageId}, ${m.schoolId}, ${m.classId}, ${m.roomId}, ${m.authorId}, ${m.body}, 'pending', ${m.screen.verdict}::screen_verdict, ${findings}::jsonb, ${m.clientKey}, ${at}::timestamptz from slot
			on conflict (author_id, client_key) do nothing
			returning id
		), ${submitForReviewInStatement({
			itemId,
			schoolId: m.schoolId,
			classId: m.classId,
			targetType: 'chat-message',
			authorId: m.authorId,
			verdict: m.screen.verdict,
			findings: m.screen.findings,
			now: m.now,
			targetCte: 'message'
		})}, audit as (
			insert into audit_log (school_id, actor_id, action, target_type, target_id, details, at)
			select ${m.schoolId}, ${m.authorId}, 'chat.message_submitted', 'chat-message', message.id::text, ${details}::jsonb, ${at}::timestamptz from message
			returning id
		)
		select (select count(*) from slot) as slot, (select count(*) from history) + (select count(*) from audit) as stored`);
	const rows = Array.isArray(result) ? result : (result as unknown as { rows: { slot: number | string; stored: number | string }[] }).rows;
	const outcome = rows[0]!;
	if (Number(outcome.slot) === 0) return { kind: 'stale' };
	if (Number(outcome.stored) === 0) return { kind: 'repeated' };
	const message: ChatMessage = {
		id: messageId,
		schoolId: m.schoolId,
		classId: m.classId,
		roomId: m.roomId,
		authorId: m.authorId,
		body: m.body,
		status: 'pending',
		verdict: m.screen.verdict,
		findings: m.screen.findings,
		clientKey: m.clientKey,
		createdAt: m.now,
		deliveredSeq: null,
		changeSeq: null,
		deliveredAt: null,
		hiddenAt: null,
		rejectionCode: null,
		rejectionText: null
	};
	const item: ReviewItemRow = {
		id: itemId,
		schoolId: m.schoolId,
		classId: m.classId,
		targetType: 'chat-message',
		targetId: messageId,
		authorId: m.authorId,
		senderContactId: null,
		senderAddress: null,
		status: 'pending',
		version: 1,
		verdict: m.screen.verdict,
		findings: m.screen.findings,
		submittedAt: m.now,
		decidedAt: null,
		decidedById: null,
		rejectionCode: null,
		rejectionText: null
	};
	return { kind: 'stored', message, item };
}

/**
 * The window after one more send at `at`: the ten newest times within a minute either side
 * of it. Older ones never count again, and a time far ahead (a clock set back) is let go.
 */
const keepRecent = (at: string) =>
	sql`array(select t from (select unnest(w.recent) as t union all select ${at}::timestamptz) times
		where t > ${at}::timestamptz - interval '1 minute' and t <= ${at}::timestamptz + interval '1 minute'
		order by t desc limit ${MAX_MESSAGES_PER_MINUTE})`;

/**
 * A blocked attempt counts towards the chat limit too (retrying a phone number in a loop is
 * slowed): it takes its place in the window whatever the count, in the caller's transaction.
 */
export async function takeSendSlot(db: Executor, authorId: string, schoolId: string, now: Date): Promise<void> {
	const at = now.toISOString();
	await db.execute(sql`
		insert into chat_send_windows as w (author_id, school_id, recent, sends)
		values (${authorId}, ${schoolId}, array[${at}::timestamptz], 1)
		on conflict (author_id) do update set recent = ${keepRecent(at)}, sends = w.sends + 1`);
}
