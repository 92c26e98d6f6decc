// Sealing evidence for an incident: a copy of the message and its review history, made
// with the domain's buildEvidenceSnapshot (canonical JSON + SHA-256) and stored whole in
// incident_evidence, so the record survives the original being removed or erased. Sources
// are a review-queue item (any target type the queue knows how to describe) or a blocked
// attempt, or a concern a person raised (its words, as the raiser wrote them). Each source is
// read inside the school of the actor, or not at all.
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../db';
import { hiddenFromHead } from './record-viewer';
import { blockedAttempts, concerns, emailReports, incidentEvidence, messageReports, reviewHistory, reviewItems, users } from '../db/schema';
import { pupilResource } from '../auth/resources';
import type { Actor } from '../../domain/auth/permissions';
import { buildEvidenceSnapshot, type EvidenceMessage, type ReportContext, type SealedEvidence } from '../../domain/safeguarding/evidence';
import type { ReviewAction, ReviewHistoryEntry, ReviewTargetType, RejectionCode } from '../../domain/moderation/types';
import type { Role } from '../../domain/auth/roles';
import { TARGETS } from '../review-targets';
import { isUuid } from '../auth/resources';
import { InputError } from '../errors';
import { reportedEmailIds } from '../email/report-target';
import { REPORT_REASONS } from '../../domain/moderation/report-reasons';

export type EvidenceSourceType = 'review-item' | 'blocked-attempt' | 'concern';
export interface EvidenceSource {
	type: EvidenceSourceType;
	id: string;
}

const CHANNEL_TARGET: Record<string, ReviewTargetType> = { chat: 'chat-message', email: 'email', work: 'shared-work' };

async function historyOf(db: Executor, itemId: string): Promise<ReviewHistoryEntry[]> {
	const rows = await db
		.select({ h: reviewHistory, role: users.role })
		.from(reviewHistory)
		.leftJoin(users, eq(users.id, reviewHistory.actorId))
		.where(eq(reviewHistory.itemId, itemId))
		.orderBy(asc(reviewHistory.version), asc(reviewHistory.id));
	// Submissions and reopenings are kept too: the history is the whole story, not only decisions.
	return rows.map(({ h, role }) => ({
		itemId: h.itemId,
		action: h.action as ReviewAction,
		fromStatus: h.fromStatus ?? 'pending',
		toStatus: h.toStatus,
		actorId: h.actorId ?? '',
		actorRole: (role ?? 'pupil') as Role,
		at: h.at,
		version: h.version,
		rejection: h.rejectionCode ? { code: h.rejectionCode as RejectionCode, text: h.rejectionText } : null,
		note: h.note
	}));
}

async function sealReviewItem(db: Executor, actor: Actor, id: string, now: Date): Promise<SealedEvidence | null> {
	const [item] = await db
		.select()
		.from(reviewItems)
		.where(and(eq(reviewItems.id, id), eq(reviewItems.schoolId, actor.schoolId)));
	if (!item) return null;
	const handler = TARGETS[item.targetType];
	const described = handler ? (await handler.describe(db, [item])).get(item.id) : undefined;
	if (!described) return null;
	const message: EvidenceMessage = {
		id: item.targetId,
		schoolId: item.schoolId,
		classId: item.classId,
		authorId: item.authorId,
		targetType: item.targetType,
		subject: described.title,
		body: described.body,
		sentAt: item.submittedAt,
		verdict: item.verdict,
		findings: item.findings
	};
	const report = item.targetType === 'report' ? await reportContext(db, item.schoolId, item.targetId) : undefined;
	return buildEvidenceSnapshot(message, await historyOf(db, item.id), actor.userId, now, report);
}

/**
 * A reported message's or email's reports (reporter, the reason a pupil picked for an email,
 * their own words) and the moderation it had before it was reported.
 */
async function reportContext(db: Executor, schoolId: string, targetId: string): Promise<ReportContext> {
	const isEmail = (await reportedEmailIds(db, [targetId])).has(targetId);
	const reports = isEmail
		? await db
				.select({
					reporterId: emailReports.reporterId,
					f: users.firstName,
					s: users.surname,
					reason: emailReports.reason,
					note: emailReports.note,
					at: emailReports.createdAt
				})
				.from(emailReports)
				.innerJoin(users, eq(users.id, emailReports.reporterId))
				.where(and(eq(emailReports.emailId, targetId), eq(emailReports.schoolId, schoolId)))
		: await db
				.select({
					reporterId: messageReports.reporterId,
					f: users.firstName,
					s: users.surname,
					reason: sql<null>`null`,
					note: messageReports.note,
					at: messageReports.createdAt
				})
				.from(messageReports)
				.innerJoin(users, eq(users.id, messageReports.reporterId))
				.where(and(eq(messageReports.messageId, targetId), eq(messageReports.schoolId, schoolId)));
	const [original] = await db
		.select({ id: reviewItems.id })
		.from(reviewItems)
		.where(and(eq(reviewItems.targetType, isEmail ? 'email' : 'chat-message'), eq(reviewItems.targetId, targetId), eq(reviewItems.schoolId, schoolId)));
	return {
		reports: reports.map((r) => ({
			reporterId: r.reporterId,
			reporterName: `${r.f} ${r.s}`,
			// The reason as the child picked it, in the words they read.
			...(r.reason ? { reason: REPORT_REASONS.find((x) => x.code === r.reason)?.forChild ?? r.reason } : {}),
			note: r.note,
			at: r.at
		})),
		priorHistory: original ? await historyOf(db, original.id) : []
	};
}

async function sealBlockedAttempt(db: Executor, actor: Actor, id: string, now: Date): Promise<SealedEvidence | null> {
	const [row] = await db
		.select()
		.from(blockedAttempts)
		.where(and(eq(blockedAttempts.id, id), eq(blockedAttempts.schoolId, actor.schoolId)));
	if (!row) return null;
	const message: EvidenceMessage = {
		id: row.id,
		schoolId: row.schoolId,
		// A blocked attempt outside any class (rare) is filed under no class rather than refused.
		classId: row.classId ?? '',
		authorId: row.authorId,
		targetType: CHANNEL_TARGET[row.channel] ?? 'chat-message',
		subject: null,
		body: row.body,
		sentAt: row.createdAt,
		verdict: 'block',
		findings: row.findings
	};
	return buildEvidenceSnapshot(message, [], actor.userId, now);
}

async function sealConcern(db: Executor, actor: Actor, id: string, now: Date): Promise<SealedEvidence | null> {
	const [row] = await db
		.select()
		.from(concerns)
		.where(and(eq(concerns.id, id), eq(concerns.schoolId, actor.schoolId), hiddenFromHead(actor, concerns.aboutHead)));
	if (!row) return null;
	const pupil = row.pupilId ? await pupilResource(db, row.pupilId) : null;
	const message: EvidenceMessage = {
		id: row.id,
		schoolId: row.schoolId,
		classId: pupil?.kind === 'pupil' ? (pupil.classId ?? '') : '',
		authorId: row.raisedById ?? '',
		targetType: 'concern',
		subject: row.category,
		body: row.words,
		sentAt: row.occurredAt ?? row.createdAt,
		// Nobody screened it: a person raised it.
		verdict: 'allow',
		findings: []
	};
	return buildEvidenceSnapshot(message, [], actor.userId, now);
}

/** Seals one source; InputError when it is not a source in the actor's school. */
export async function sealEvidence(db: Executor, actor: Actor, source: EvidenceSource, now: Date): Promise<SealedEvidence> {
	const sealed = !isUuid(source.id)
		? null
		: source.type === 'review-item'
			? await sealReviewItem(db, actor, source.id, now)
			: source.type === 'blocked-attempt'
				? await sealBlockedAttempt(db, actor, source.id, now)
				: source.type === 'concern'
					? await sealConcern(db, actor, source.id, now)
					: null;
	if (!sealed) throw new InputError('evidence', 'That message could not be found in your school, so it cannot be kept as evidence.');
	return sealed;
}

/** Seals each source and stores the copies on the incident (a source already kept is skipped). */
export async function attachEvidence(tx: Executor, actor: Actor, incidentId: string, sources: readonly EvidenceSource[], now: Date): Promise<string[]> {
	const digests: string[] = [];
	for (const source of sources) {
		const sealed = await sealEvidence(tx, actor, source, now);
		const inserted = await tx
			.insert(incidentEvidence)
			.values({
				schoolId: actor.schoolId,
				incidentId,
				sourceType: source.type,
				sourceId: source.id,
				snapshot: sealed.snapshot,
				canonicalJson: sealed.canonicalJson,
				digest: sealed.digest,
				capturedById: actor.userId,
				capturedAt: now
			})
			.onConflictDoNothing()
			.returning({ id: incidentEvidence.id });
		if (inserted.length) digests.push(sealed.digest);
	}
	return digests;
}
