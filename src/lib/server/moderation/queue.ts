// The teacher's queue: one list across all their classes, oldest first, chat and (later)
// email together. A DSL's queue holds what teachers escalated. Actions are computed on the
// server for the viewer; staff see the writer's full name, never shown to pupils.
import { and, asc, count, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../db';
import { reviewItems, users, type ReviewItemRow } from '../db/schema';
import { TARGETS, type TargetDescription } from './targets';
import type { Actor } from '../../domain/auth/permissions';
import { availableActions } from '../../domain/moderation/transitions';
import type { RejectionCode, ReviewItem, Viewer } from '../../domain/moderation/types';
import type { QueueItemView } from '../../realtime/events';
import { assertCan, ownSchool } from '../auth/authorize';

export function toDomainItem(row: ReviewItemRow): ReviewItem {
	return {
		id: row.id,
		schoolId: row.schoolId,
		classId: row.classId,
		target: { type: row.targetType, id: row.targetId },
		authorId: row.authorId,
		status: row.status,
		version: row.version,
		verdict: row.verdict,
		findings: row.findings,
		submittedAt: row.submittedAt,
		decidedAt: row.decidedAt,
		decidedById: row.decidedById,
		rejection: row.rejectionCode ? { code: row.rejectionCode as RejectionCode, text: row.rejectionText } : null
	};
}

export function viewerOf(actor: Actor): Viewer {
	return { id: actor.userId, role: actor.role, schoolId: actor.schoolId, classIds: actor.teachesClassIds };
}

/** Who an item is for when published to a room: its class's teachers, or the DSL once escalated. */
function audienceViewer(row: ReviewItemRow): Viewer {
	return row.status === 'escalated'
		? { id: '', role: 'dsl', schoolId: row.schoolId, classIds: [] }
		: { id: '', role: 'teacher', schoolId: row.schoolId, classIds: [row.classId] };
}

function queueFilter(actor: Actor) {
	return actor.role === 'dsl'
			? and(eq(reviewItems.schoolId, actor.schoolId), eq(reviewItems.status, 'escalated'))
			: actor.teachesClassIds.length
				? and(eq(reviewItems.schoolId, actor.schoolId), eq(reviewItems.status, 'pending'), inArray(reviewItems.classId, [...actor.teachesClassIds]))
				: undefined;
}

export async function listQueue(db: Executor, actor: Actor): Promise<QueueItemView[]> {
	assertCan(actor, 'moderation.queue', ownSchool(actor));
	const where = queueFilter(actor);
	if (!where) return [];
	const ids = (await db.select({ id: reviewItems.id }).from(reviewItems).where(where).orderBy(asc(reviewItems.submittedAt), asc(reviewItems.id))).map((r) => r.id);
	return queueItemViews(db, ids, viewerOf(actor));
}

/** Builds views for items in the given order; the text comes from each item's target. */
export async function queueItemViews(db: Executor, ids: string[], viewer?: Viewer): Promise<QueueItemView[]> {
	if (!ids.length) return [];
	const items = await db.select().from(reviewItems).where(inArray(reviewItems.id, ids));
	const described = new Map<string, TargetDescription>();
	for (const type of new Set(items.map((i) => i.targetType))) {
		const handler = TARGETS[type];
		if (!handler) continue;
		for (const [id, d] of await handler.describe(db, items.filter((i) => i.targetType === type))) described.set(id, d);
	}
	const authors = await db
		.select({ id: users.id, firstName: users.firstName, surname: users.surname })
		.from(users)
		.where(inArray(users.id, items.map((i) => i.authorId)));
	const byId = new Map(items.map((i) => [i.id, i]));
	return ids.flatMap((id) => {
		const item = byId.get(id);
		const target = described.get(id);
		if (!item || !target) return [];
		const author = authors.find((a) => a.id === item.authorId);
		return [toQueueItemView(item, { ...target, authorName: target.authorName ?? (author ? `${author.firstName} ${author.surname}` : 'Unknown'), viewer })];
	});
}

export interface ItemContext extends Omit<TargetDescription, 'authorName'> {
	authorName: string;
	viewer?: Viewer;
}

export function toQueueItemView(item: ReviewItemRow, ctx: ItemContext): QueueItemView {
	return {
		id: item.id,
		version: item.version,
		targetType: item.targetType,
		targetId: item.targetId,
		classId: item.classId,
		className: ctx.className,
		place: ctx.place,
		title: ctx.title,
		authorName: ctx.authorName,
		body: ctx.body,
		verdict: item.verdict,
		findings: item.findings,
		status: item.status,
		submittedAt: item.submittedAt.toISOString(),
		actions: availableActions(toDomainItem(item), ctx.viewer ?? audienceViewer(item)),
		reportNotes: ctx.reportNotes
	};
}

/** How many items wait for this staff member: the number in the staff header. */
export async function countQueue(db: Executor, actor: Actor): Promise<number> {
	assertCan(actor, 'moderation.queue', ownSchool(actor));
	const where = queueFilter(actor);
	if (!where) return 0;
	const [row] = await db.select({ n: count() }).from(reviewItems).where(where);
	return row?.n ?? 0;
}
