// Approving or rejecting a held chat message, the decision a busy class makes hundreds of
// times a minute, in ONE statement after the item was read and checked (./decide.ts): the
// item's update, guarded by the version the decider saw, and, only if that update took,
// the message's change (an approval takes the next delivery number and the room's next
// change number), the history entry and the audit entry. One statement commits or fails
// as a whole, like the transaction it replaces, without BEGIN, a locking read and COMMIT.
// Two deciders: the second's version guard matches nothing (it waits for the first to
// commit, then sees the version moved on), so nothing of it is written and it is told.
import { sql } from 'drizzle-orm';
import type { Executor } from '../db';
import type { ReviewItemRow } from '../db/schema';
import type { Actor } from '../../domain/auth/permissions';
import type { ReviewHistoryEntry, ReviewItem } from '../../domain/moderation/types';
import type { DecisionOutcome } from '../../realtime/events';
import { TARGETS } from '../review-targets';

type Row = { changed: number | string; message: Record<string, unknown> | null };

/** Writes an approval or rejection of a held chat message; null when the item moved on since it was read. */
export async function decideHeldMessage(
	db: Executor,
	actor: Actor,
	row: ReviewItemRow,
	next: ReviewItem,
	h: ReviewHistoryEntry,
	expectedVersion: number,
	now: Date
): Promise<DecisionOutcome | null> {
	const at = now.toISOString();
	const rejection = next.rejection ?? null;
	const change =
		next.status === 'approved'
			? sql`status = 'approved', delivered_at = ${at}::timestamptz, delivered_seq = nextval('chat_delivery_seq'), change_seq = next_room_change(m.room_id)`
			: sql`status = 'rejected', rejection_code = ${rejection?.code ?? null}, rejection_text = ${rejection?.text ?? null}`;
	const details = JSON.stringify({
		itemId: row.id,
		from: h.fromStatus,
		to: h.toStatus,
		reason: h.rejection,
		note: h.note,
		findings: row.findings.map((f) => f.kind)
	});
	const result = await db.execute<Row>(sql`
		with item as (
			update review_items set status = ${next.status}::review_status, version = ${row.version + 1}, decided_at = ${at}::timestamptz,
				decided_by_id = ${actor.userId}, rejection_code = ${rejection?.code ?? null}, rejection_text = ${rejection?.text ?? null}
			where id = ${row.id} and version = ${expectedVersion}
			returning id
		), message as (
			update chat_messages m set ${change} from item where m.id = ${row.targetId}
			returning m.*
		), history as (
			-- Writing statements in a WITH always run in full, read or not; these write only when the item's update took.
			insert into review_history (school_id, item_id, action, from_status, to_status, actor_id, version, rejection_code, rejection_text, note, at)
			select ${row.schoolId}::uuid, item.id, ${h.action}::text, ${h.fromStatus}::review_status, ${h.toStatus}::review_status, ${actor.userId}::uuid,
				${row.version + 1}::integer, ${h.rejection?.code ?? null}::text, ${h.rejection?.text ?? null}::text, ${h.note}::text, ${at}::timestamptz from item
			returning id
		), audit as (
			insert into audit_log (school_id, actor_id, action, target_type, target_id, details)
			select ${row.schoolId}::uuid, ${actor.userId}::uuid, ${`moderation.${h.action}`}::text, ${row.targetType}::text, ${row.targetId}::text, ${details}::jsonb from item
			returning id
		)
		select (select count(*) from item) as changed,
			(select row_to_json(message) from message) as message`);
	const rows: Row[] = Array.isArray(result) ? (result as Row[]) : (result as unknown as { rows: Row[] }).rows;
	if (Number(rows[0]!.changed) === 0) return null;
	const json = rows[0]!.message;
	// The message's own domain tells its writer and, once approved, the room.
	if (json) await TARGETS['chat-message'].announceDecided?.(db, json);
	return { itemId: row.id, status: next.status, version: row.version + 1 };
}
