// What caused an alert, in two parts: the evidence copied when the alert was raised (so the
// DSL always sees the words, whatever happens to them afterwards) and where those words
// stand now (waiting, approved, rejected, removed, erased), with a link to them.
import { and, eq } from 'drizzle-orm';
import type { Executor } from '../db';
import { blockedAttempts, classes, concerns, reviewItems, users, type ConcernRow, type ReviewItemRow } from '../db/schema';

const CONCERN_PLACE: Readonly<Record<ConcernRow['kind'], string>> = {
	'pupil-worried': '“I’m worried” button',
	'parent-concern': 'A parent’s concern',
	'staff-concern': 'A concern logged by staff'
};
import type { AlertEvidence } from '../../domain/safeguarding/alerts';
import type { ReviewTargetType } from '../../domain/moderation/types';
import { isUuid } from '../auth/resources';
import { TARGETS } from '../review-targets';
import { reportedEmailIds } from '../email/report-target';

export interface AlertSource {
	sourceType: string;
	sourceId: string;
}

// Alerts name their source by what the words were; the queue files them by target type.
const TARGET_OF_SOURCE: Readonly<Record<string, ReviewTargetType>> = {
	'chat-message': 'chat-message',
	email: 'email',
	work: 'shared-work'
};

/** The review item behind an alert's source, when the words went to the queue. */
export async function reviewItemForSource(db: Executor, schoolId: string, source: AlertSource): Promise<ReviewItemRow | null> {
	if (!isUuid(source.sourceId)) return null;
	const targetType = TARGET_OF_SOURCE[source.sourceType];
	const where =
		source.sourceType === 'review-item'
			? eq(reviewItems.id, source.sourceId)
			: targetType
				? and(eq(reviewItems.targetType, targetType), eq(reviewItems.targetId, source.sourceId))
				: undefined;
	if (!where) return null;
	const [item] = await db
		.select()
		.from(reviewItems)
		.where(and(where, eq(reviewItems.schoolId, schoolId)));
	return item ?? null;
}

async function fullName(db: Executor, id: string | null): Promise<string> {
	if (!id) return 'Someone';
	const [u] = await db.select({ f: users.firstName, s: users.surname }).from(users).where(eq(users.id, id));
	return u ? `${u.f} ${u.s}` : 'Someone';
}

/** Copies what an alert is about, inside the transaction that raises it. */
export async function snapshotAlertSource(db: Executor, schoolId: string, source: AlertSource): Promise<AlertEvidence | null> {
	const item = await reviewItemForSource(db, schoolId, source);
	if (item) {
		const described = (await TARGETS[item.targetType]?.describe(db, [item]))?.get(item.id);
		if (!described) return null;
		return {
			targetType:
				item.targetType === 'report' ? ((await reportedEmailIds(db, [item.targetId])).has(item.targetId) ? 'email' : 'chat-message') : item.targetType,
			targetId: item.targetId,
			itemId: item.id,
			authorName: described.authorName ?? (await fullName(db, item.authorId)),
			place: described.place,
			title: described.title,
			body: described.body,
			findings: item.findings,
			at: item.submittedAt.toISOString()
		};
	}
	if (source.sourceType === 'concern' && isUuid(source.sourceId)) {
		const [c] = await db
			.select()
			.from(concerns)
			.where(and(eq(concerns.id, source.sourceId), eq(concerns.schoolId, schoolId)));
		if (!c) return null;
		return {
			targetType: 'concern',
			targetId: c.id,
			itemId: null,
			authorName: await fullName(db, c.raisedById),
			place: CONCERN_PLACE[c.kind],
			title: null,
			body: c.words || '(no words: they only pressed the button)',
			findings: [],
			at: (c.occurredAt ?? c.createdAt).toISOString()
		};
	}
	if (source.sourceType !== 'blocked-attempt' || !isUuid(source.sourceId)) return null;
	const [row] = await db
		.select({ a: blockedAttempts, className: classes.name })
		.from(blockedAttempts)
		.leftJoin(classes, eq(classes.id, blockedAttempts.classId))
		.where(and(eq(blockedAttempts.id, source.sourceId), eq(blockedAttempts.schoolId, schoolId)));
	if (!row) return null;
	return {
		targetType: 'blocked-attempt',
		targetId: row.a.id,
		itemId: null,
		authorName: await fullName(db, row.a.authorId),
		place: `${row.className ?? 'No class'} · ${row.a.channel}`,
		title: null,
		body: row.a.body,
		findings: row.a.findings,
		at: row.a.createdAt.toISOString()
	};
}
