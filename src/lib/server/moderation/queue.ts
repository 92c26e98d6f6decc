// The teacher's queue: one list across all their classes, oldest first, chat and (later)
// email together. A DSL's queue holds what teachers escalated. Actions are computed on the
// server for the viewer; staff see the writer's full name, never shown to pupils.
import { and, asc, count, desc, eq, gt, inArray, isNull, lte, min, or } from 'drizzle-orm';
import type { Executor } from '../db';
import { messagingPauses, reviewHistory, reviewItems, users, workFiles, type ReviewItemRow } from '../db/schema';
import { bulkSkipReason, type BulkFacts } from '../../domain/moderation/bulk';
import type { TargetDescription } from './targets';
import { TARGETS } from '../review-targets';
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
	const ids = (await db.select({ id: reviewItems.id }).from(reviewItems).where(where).orderBy(asc(reviewItems.submittedAt), asc(reviewItems.id))).map(
		(r) => r.id
	);
	return queueItemViews(db, ids, viewerOf(actor));
}

/** Pupils among these whose messaging is paused right now (a sanction). */
export async function sanctionedAuthors(db: Executor, authorIds: string[], now: Date): Promise<Set<string>> {
	if (!authorIds.length) return new Set();
	const rows = await db
		.select({ pupilId: messagingPauses.pupilId })
		.from(messagingPauses)
		.where(
			and(
				inArray(messagingPauses.pupilId, authorIds),
				lte(messagingPauses.startsAt, now),
				gt(messagingPauses.endsAt, now),
				or(isNull(messagingPauses.liftedAt), gt(messagingPauses.liftedAt, now))
			)
		);
	return new Set(rows.map((r) => r.pupilId));
}

/** Photo ids per shared-work target, in order. */
async function photosByWork(db: Executor, items: ReviewItemRow[]): Promise<Map<string, string[]>> {
	const workIds = items.filter((i) => i.targetType === 'shared-work').map((i) => i.targetId);
	const byWork = new Map<string, string[]>();
	if (!workIds.length) return byWork;
	const files = await db
		.select({ id: workFiles.id, workId: workFiles.workId })
		.from(workFiles)
		.where(inArray(workFiles.workId, workIds))
		.orderBy(asc(workFiles.position));
	for (const f of files) byWork.set(f.workId, [...(byWork.get(f.workId) ?? []), f.id]);
	return byWork;
}

/** What bulk approval needs to know beyond each row: photos and sanctions. */
export async function bulkFactsFor(db: Executor, items: ReviewItemRow[], now = new Date()): Promise<Map<string, BulkFacts & { images: string[] }>> {
	const [photos, sanctioned] = await Promise.all([
		photosByWork(db, items),
		sanctionedAuthors(
			db,
			items.flatMap((i) => (i.authorId ? [i.authorId] : [])),
			now
		)
	]);
	return new Map(
		items.map((i) => {
			const images = i.targetType === 'shared-work' ? (photos.get(i.targetId) ?? []) : [];
			return [i.id, { images, imageCount: images.length, authorSanctioned: i.authorId !== null && sanctioned.has(i.authorId) }];
		})
	);
}

/** The latest escalation note per escalated item. */
async function escalationNotes(db: Executor, items: ReviewItemRow[]): Promise<Map<string, string>> {
	const ids = items.filter((i) => i.status === 'escalated').map((i) => i.id);
	if (!ids.length) return new Map();
	const rows = await db
		.select({ itemId: reviewHistory.itemId, note: reviewHistory.note })
		.from(reviewHistory)
		.where(and(inArray(reviewHistory.itemId, ids), eq(reviewHistory.action, 'escalate')))
		.orderBy(desc(reviewHistory.id));
	const notes = new Map<string, string>();
	for (const r of rows) if (r.note && !notes.has(r.itemId)) notes.set(r.itemId, r.note);
	return notes;
}

/** Builds views for items in the given order; the text comes from each item's target. */
export async function queueItemViews(db: Executor, ids: string[], viewer?: Viewer): Promise<QueueItemView[]> {
	if (!ids.length) return [];
	const items = await db.select().from(reviewItems).where(inArray(reviewItems.id, ids));
	const [facts, notes] = await Promise.all([bulkFactsFor(db, items), escalationNotes(db, items)]);
	const described = new Map<string, TargetDescription>();
	for (const type of new Set(items.map((i) => i.targetType))) {
		const handler = TARGETS[type];
		if (!handler) continue;
		for (const [id, d] of await handler.describe(
			db,
			items.filter((i) => i.targetType === type)
		))
			described.set(id, d);
	}
	const authorIds = items.flatMap((i) => (i.authorId ? [i.authorId] : []));
	const authors = authorIds.length
		? await db.select({ id: users.id, firstName: users.firstName, surname: users.surname }).from(users).where(inArray(users.id, authorIds))
		: [];
	const byId = new Map(items.map((i) => [i.id, i]));
	return ids.flatMap((id) => {
		const item = byId.get(id);
		const target = described.get(id);
		if (!item || !target) return [];
		const author = authors.find((a) => a.id === item.authorId);
		const f = facts.get(item.id) ?? { images: [], imageCount: 0, authorSanctioned: false };
		return [
			toQueueItemView(item, {
				...target,
				authorName: target.authorName ?? (author ? `${author.firstName} ${author.surname}` : item.senderAddress ? `from ${item.senderAddress}` : 'Unknown'),
				viewer,
				bulkEligible: bulkSkipReason(toDomainItem(item), f) === null,
				images: f.images,
				escalationNote: notes.get(item.id) ?? null
			})
		];
	});
}

export interface ItemContext extends Omit<TargetDescription, 'authorName'> {
	authorName: string;
	viewer?: Viewer;
	bulkEligible: boolean;
	images: string[];
	escalationNote: string | null;
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
		reportNotes: ctx.reportNotes,
		bulkEligible: ctx.bulkEligible && availableActions(toDomainItem(item), ctx.viewer ?? audienceViewer(item)).includes('approve'),
		images: ctx.images,
		escalationNote: ctx.escalationNote
	};
}

/** How many items wait for this staff member and since when the oldest has (the to-do home). */
export async function queueSummary(db: Executor, actor: Actor): Promise<{ count: number; oldestAt: Date | null }> {
	assertCan(actor, 'moderation.queue', ownSchool(actor));
	const where = queueFilter(actor);
	if (!where) return { count: 0, oldestAt: null };
	const [row] = await db
		.select({ n: count(), oldest: min(reviewItems.submittedAt) })
		.from(reviewItems)
		.where(where);
	return { count: row?.n ?? 0, oldestAt: row?.oldest ? new Date(row.oldest) : null };
}

/** How many items wait for this staff member: the number in the staff header. */
export async function countQueue(db: Executor, actor: Actor): Promise<number> {
	assertCan(actor, 'moderation.queue', ownSchool(actor));
	const where = queueFilter(actor);
	if (!where) return 0;
	const [row] = await db.select({ n: count() }).from(reviewItems).where(where);
	return row?.n ?? 0;
}
