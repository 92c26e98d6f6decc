// Stores a pupil's message and its review item, the item's first history entry and the
// audit entry, in ONE statement (the item and history through moderation's
// `submitForReviewInStatement`, the same submission every kind makes). A single statement is atomic on its own, so nothing is
// half-written; and a busy class sends hundreds of these a second, where four inserts
// inside BEGIN/COMMIT would cost six round trips to the database instead of one.
import { sql } from 'drizzle-orm';
import type { Executor } from '../db';
import type { ChatMessage, ReviewItemRow } from '../db/schema';
import type { ScreeningResult } from '../../domain/screening';
import { submitForReviewInStatement } from '../moderation/submit';

export interface PendingMessage {
	schoolId: string;
	classId: string;
	roomId: string;
	authorId: string;
	body: string;
	clientKey: string;
	screen: ScreeningResult;
	now: Date;
}

export async function storePendingMessage(db: Executor, m: PendingMessage): Promise<{ message: ChatMessage; item: ReviewItemRow }> {
	const messageId = crypto.randomUUID();
	const itemId = crypto.randomUUID();
	const at = m.now.toISOString();
	const findings = JSON.stringify(m.screen.findings);
	const details = JSON.stringify({ roomId: m.roomId, verdict: m.screen.verdict, findings: m.screen.findings.map((f) => ({ kind: f.kind, rule: f.rule })) });
	await db.execute(sql`
		with message as (
			insert into chat_messages (id, school_id, class_id, room_id, author_id, body, status, verdict, findings, client_key, created_at)
			values (${messageId}, ${m.schoolId}, ${m.classId}, ${m.roomId}, ${m.authorId}, ${m.body}, 'pending', ${m.screen.verdict}::screen_verdict, ${findings}::jsonb, ${m.clientKey}, ${at}::timestamptz)
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
		select (select count(*) from history) + (select count(*) from audit) as written`);
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
	return { message, item };
}
