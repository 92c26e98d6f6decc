// What caused an alert, for the DSL: the message under review (text, findings, history) or
// the blocked attempt (text and findings, never delivered to anyone). Opening either is a
// look at a pupil's words, so it is written to the audit log.
import { and, asc, eq } from 'drizzle-orm';
import type { Executor } from '../db';
import { blockedAttempts, classes, reviewHistory, reviewItems, safeguardingAlerts, users } from '../db/schema';
import type { Actor } from '../../domain/auth/permissions';
import type { Finding } from '../../domain/screening/types';
import { assertCan, ownSchool } from '../auth/authorize';
import { recordAudit } from '../audit/record';
import { isUuid } from '../auth/resources';
import { NotFoundError } from '../errors';
import { TARGETS } from '../review-targets';
import { markNotificationsOpened } from '../notifications/alerts';
import type { AlertEvidence } from '../../domain/safeguarding/alerts';
import type { ReviewStatus } from '../../domain/moderation/types';
import { reviewItemForSource } from './alert-evidence';
import { CONCERN_STATUS_LABELS } from '../../domain/safeguarding/concerns';
import { readConcernForDsl } from './concern-decisions';
import { hiddenFromHead } from './record-viewer';

/** Where the words stand now, in the staff's words. */
export type SourceState =
	| 'waiting'
	| 'with the safeguarding lead'
	| 'approved'
	| 'rejected'
	| 'removed'
	| 'kept after a report'
	| 'blocked'
	| 'erased'
	// A concern a person raised (domain/safeguarding/concerns.ts).
	| (typeof CONCERN_STATUS_LABELS)[keyof typeof CONCERN_STATUS_LABELS];

const STATE_OF_STATUS: Readonly<Record<ReviewStatus, SourceState>> = {
	pending: 'waiting',
	escalated: 'with the safeguarding lead',
	approved: 'approved',
	rejected: 'rejected',
	upheld: 'removed',
	removed: 'removed',
	dismissed: 'kept after a report'
};

function linkFor(item: { id: string; status: ReviewStatus; targetType: string; targetId: string; classId: string }, described: { link?: string }): string {
	if (item.status === 'pending' || item.status === 'escalated') return `/staff/moderation#item-${item.id}`;
	if (described.link) return described.link;
	if (item.targetType === 'email') return `/staff/email/${item.classId}/${item.targetId}`;
	if (item.targetType === 'shared-work') return `/staff/work/${item.classId}#work-${item.targetId}`;
	return `/staff/classes/${item.classId}`;
}

export interface SourceView {
	kind: 'review-item' | 'blocked-attempt' | 'concern';
	id: string;
	/** Null for mail from an outside contact (its sender is in `authorName`). */
	authorId: string | null;
	authorName: string;
	place: string;
	title: string | null;
	body: string;
	findings: Finding[];
	at: Date;
	status: string;
	/** Where it stands now, and where to see it. */
	state: SourceState;
	link: string | null;
	/** For a reported message: who reported it and their words. */
	reportNotes: string[];
	history: { action: string; at: Date; by: string; byId: string | null; note: string | null }[];
}

async function nameOf(db: Executor, id: string | null): Promise<string> {
	if (!id) return 'Someone';
	const [u] = await db.select({ f: users.firstName, s: users.surname }).from(users).where(eq(users.id, id));
	return u ? `${u.f} ${u.s}` : 'Someone';
}

export async function readReviewItemSource(db: Executor, actor: Actor, itemId: string): Promise<SourceView | null> {
	if (!isUuid(itemId)) return null;
	const [item] = await db
		.select()
		.from(reviewItems)
		.where(and(eq(reviewItems.id, itemId), eq(reviewItems.schoolId, actor.schoolId)));
	return item ? describeReviewItem(db, item) : null;
}

async function describeReviewItem(db: Executor, item: typeof reviewItems.$inferSelect): Promise<SourceView | null> {
	const described = item ? (await TARGETS[item.targetType]?.describe(db, [item]))?.get(item.id) : undefined;
	if (!item || !described) return null;
	const rows = await db
		.select({
			action: reviewHistory.action,
			at: reviewHistory.at,
			note: reviewHistory.note,
			actorId: reviewHistory.actorId,
			f: users.firstName,
			s: users.surname
		})
		.from(reviewHistory)
		.leftJoin(users, eq(users.id, reviewHistory.actorId))
		.where(eq(reviewHistory.itemId, item.id))
		.orderBy(asc(reviewHistory.version), asc(reviewHistory.id));
	return {
		kind: 'review-item',
		id: item.id,
		authorId: item.authorId,
		authorName: described.authorName ?? (await nameOf(db, item.authorId)),
		place: described.place,
		title: described.title,
		body: described.body,
		findings: item.findings,
		at: item.submittedAt,
		status: item.targetType === 'report' ? `report: ${item.status}` : item.status,
		state: STATE_OF_STATUS[item.status],
		link: linkFor(item, described),
		reportNotes: described.reportNotes,
		history: rows.map((r) => ({ action: r.action, at: r.at, by: r.f ? `${r.f} ${r.s}` : 'The system', byId: r.actorId, note: r.note }))
	};
}

export async function readBlockedSource(db: Executor, actor: Actor, attemptId: string): Promise<SourceView | null> {
	if (!isUuid(attemptId)) return null;
	const [row] = await db
		.select({ a: blockedAttempts, className: classes.name })
		.from(blockedAttempts)
		.leftJoin(classes, eq(classes.id, blockedAttempts.classId))
		.where(and(eq(blockedAttempts.id, attemptId), eq(blockedAttempts.schoolId, actor.schoolId)));
	if (!row) return null;
	return {
		kind: 'blocked-attempt',
		id: row.a.id,
		authorId: row.a.authorId,
		authorName: await nameOf(db, row.a.authorId),
		place: `${row.className ?? 'No class'} · ${row.a.channel}`,
		title: null,
		body: row.a.body,
		findings: row.a.findings,
		at: row.a.createdAt,
		status: 'blocked (never delivered)',
		state: 'blocked',
		link: `/staff/alerts/blocked/${row.a.id}`,
		reportNotes: [],
		history: []
	};
}

/** A concern as the source of an alert or an incident: the raiser's words and where it stands. */
export async function readConcernSource(db: Executor, actor: Actor, concernId: string): Promise<SourceView | null> {
	const c = await readConcernForDsl(db, actor, concernId);
	if (!c) return null;
	const about = c.pupils.map((p) => p.name).join(', ') || 'no pupil named';
	return {
		kind: 'concern',
		id: c.id,
		authorId: c.raisedById ?? '',
		authorName: c.raisedByName,
		place: `A concern raised by ${c.raisedByLabel}, about ${about}`,
		title: c.category,
		body: c.words || '(no words: they only pressed the button)',
		findings: [],
		at: c.occurredAt ?? c.createdAt,
		status: `concern: ${c.statusLabel}`,
		state: c.statusLabel as SourceState,
		link: `/staff/concerns/${c.id}`,
		reportNotes: [],
		history: []
	};
}

/** The DSL's view of one blocked attempt; the look is audited. */
export async function viewBlockedAttempt(db: Executor, actor: Actor, attemptId: string): Promise<SourceView> {
	assertCan(actor, 'audit.read', ownSchool(actor));
	const source = await readBlockedSource(db, actor, attemptId);
	if (!source) throw new NotFoundError('That blocked message does not exist.');
	await recordAudit(db, {
		schoolId: actor.schoolId,
		actorId: actor.userId,
		action: 'monitoring.blocked_viewed',
		targetType: 'blocked-attempt',
		targetId: attemptId
	});
	return source;
}

export interface AlertDetail {
	id: string;
	kind: string;
	severity: string;
	summary: string;
	createdAt: Date;
	acknowledgedAt: Date | null;
	acknowledgedBy: string | null;
	pupilId: string | null;
	/** The words as they were when the alert was raised. */
	evidence: AlertEvidence | null;
	/** The same words now, or null when they are gone (erased). */
	source: SourceView | null;
	state: SourceState | null;
}

/** One alert with what caused it; the look is audited. */
export async function getAlertDetail(db: Executor, actor: Actor, alertId: string): Promise<AlertDetail> {
	assertCan(actor, 'alerts.read', ownSchool(actor));
	const [alert] = isUuid(alertId)
		? await db
				.select()
				.from(safeguardingAlerts)
				.where(and(eq(safeguardingAlerts.id, alertId), eq(safeguardingAlerts.schoolId, actor.schoolId), hiddenFromHead(actor, safeguardingAlerts.aboutHead)))
		: [];
	if (!alert) throw new NotFoundError('That alert does not exist.');
	const item = await reviewItemForSource(db, actor.schoolId, alert);
	const source = item
		? await describeReviewItem(db, item)
		: alert.sourceType === 'blocked-attempt'
			? await readBlockedSource(db, actor, alert.sourceId)
			: alert.sourceType === 'concern'
				? await readConcernSource(db, actor, alert.sourceId)
				: null;
	await recordAudit(db, { schoolId: actor.schoolId, actorId: actor.userId, action: 'safeguarding.alert_viewed', targetType: 'alert', targetId: alert.id });
	await markNotificationsOpened(db, actor.userId, { type: 'alert', id: alert.id });
	return {
		id: alert.id,
		kind: alert.kind,
		severity: alert.severity,
		summary: alert.summary,
		createdAt: alert.createdAt,
		acknowledgedAt: alert.acknowledgedAt,
		acknowledgedBy: alert.acknowledgedBy ? await nameOf(db, alert.acknowledgedBy) : null,
		pupilId: alert.pupilId,
		evidence: alert.evidence,
		source,
		state: source ? source.state : alert.evidence ? 'erased' : null
	};
}
