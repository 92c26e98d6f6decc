// Filling in a new incident from what started it, so the DSL only has to check and choose
// a category: from an alert (its cause and who raised it), from any moderation item, from a
// blocked attempt, from a pupil, or from nothing. The evidence listed is sealed on saving.
import { and, desc, eq } from 'drizzle-orm';
import type { Executor } from '../db';
import { emailReports, messageReports, reviewItems } from '../db/schema';
import type { Actor } from '../../domain/auth/permissions';
import { assertCan, ownSchool } from '../auth/authorize';
import { NotFoundError } from '../errors';
import { getAlertDetail, readBlockedSource, readConcernSource, readReviewItemSource, type SourceView } from './alert-sources';
import { readConcernForDsl } from './concern-decisions';
import { listSchoolPeople, type PersonOption } from './incident-people';
import type { EvidenceSource } from './evidence';

export interface IncidentDraft {
	alertId: string | null;
	reportedById: string;
	reportedToId: string;
	occurredAt: Date;
	reportedAt: Date;
	pupilIds: string[];
	description: string;
	evidence: (EvidenceSource & { preview: SourceView })[];
	people: PersonOption[];
}

export interface DraftFrom {
	alertId?: string | null;
	itemId?: string | null;
	attemptId?: string | null;
	pupilId?: string | null;
	concernId?: string | null;
}

async function latestReporter(db: Executor, schoolId: string, itemId: string): Promise<string | null> {
	const [mail] = await db
		.select({ reporterId: emailReports.reporterId })
		.from(emailReports)
		.innerJoin(reviewItems, and(eq(reviewItems.targetId, emailReports.emailId), eq(reviewItems.targetType, 'report')))
		.where(and(eq(reviewItems.id, itemId), eq(emailReports.schoolId, schoolId)))
		.orderBy(desc(emailReports.createdAt))
		.limit(1);
	if (mail) return mail.reporterId;
	const [row] = await db
		.select({ reporterId: messageReports.reporterId })
		.from(messageReports)
		.innerJoin(reviewItems, and(eq(reviewItems.targetId, messageReports.messageId), eq(reviewItems.targetType, 'report')))
		.where(and(eq(reviewItems.id, itemId), eq(messageReports.schoolId, schoolId)))
		.orderBy(desc(messageReports.createdAt))
		.limit(1);
	return row?.reporterId ?? null;
}

export async function draftIncident(db: Executor, actor: Actor, from: DraftFrom, now = new Date()): Promise<IncidentDraft> {
	assertCan(actor, 'incident.manage', ownSchool(actor));
	const people = await listSchoolPeople(db, actor.schoolId);
	const draft: IncidentDraft = {
		alertId: null,
		reportedById: actor.userId,
		reportedToId: actor.userId,
		occurredAt: now,
		reportedAt: now,
		pupilIds: [],
		description: '',
		evidence: [],
		people
	};
	let source: SourceView | null = null;
	if (from.alertId) {
		const alert = await getAlertDetail(db, actor, from.alertId);
		draft.alertId = alert.id;
		draft.description = alert.summary;
		draft.reportedAt = alert.createdAt;
		source = alert.source;
	} else if (from.itemId) {
		source = await readReviewItemSource(db, actor, from.itemId);
		if (!source) throw new NotFoundError('That moderation item does not exist.');
	} else if (from.attemptId) {
		source = await readBlockedSource(db, actor, from.attemptId);
		if (!source) throw new NotFoundError('That blocked message does not exist.');
	} else if (from.concernId) {
		source = await readConcernSource(db, actor, from.concernId);
		if (!source) throw new NotFoundError('That concern does not exist.');
	} else if (from.pupilId) {
		if (!people.some((p) => p.id === from.pupilId && p.role === 'pupil')) throw new NotFoundError('That pupil does not exist.');
		draft.pupilIds = [from.pupilId];
	}
	if (source?.kind === 'concern') await fillFromConcern(db, actor, draft, source);
	else if (source) {
		draft.evidence = [{ type: source.kind, id: source.id, preview: source }];
		draft.pupilIds = source.authorId ? [source.authorId] : [];
		draft.occurredAt = source.at;
		// A report was reported by the pupil who pressed "Tell my teacher" (the latest, if
		// several did); the pupil involved is the one who wrote the message.
		const reporter = source.kind === 'review-item' && source.status.startsWith('report') ? await latestReporter(db, actor.schoolId, source.id) : null;
		if (reporter) draft.reportedById = reporter;
		if (!draft.description)
			draft.description = `${source.status.startsWith('report') ? 'A reported' : 'A'} message by ${source.authorName} in ${source.place}.`;
	}
	return draft;
}

/**
 * From a concern: the pupils it is about, reported by the person who raised it, when they
 * said it happened, the concern's words as the description and as sealed evidence, and its
 * alert (acknowledged by the incident).
 */
async function fillFromConcern(db: Executor, actor: Actor, draft: IncidentDraft, source: SourceView): Promise<void> {
	const concern = (await readConcernForDsl(db, actor, source.id))!;
	draft.evidence = [{ type: 'concern', id: source.id, preview: source }];
	const inSchool = new Set(draft.people.map((p) => p.id));
	draft.pupilIds = concern.pupils.map((p) => p.id).filter((id) => inSchool.has(id));
	if (concern.raisedById && inSchool.has(concern.raisedById)) draft.reportedById = concern.raisedById;
	draft.occurredAt = concern.occurredAt ?? concern.createdAt;
	draft.reportedAt = concern.createdAt;
	draft.alertId ??= concern.alertId;
	const words = concern.words.trim();
	draft.description =
		words.length >= 10 ? words : `${concern.pupils.map((p) => p.name).join(', ') || 'A pupil'} pressed “I’m worried”.${words ? ` They wrote: ${words}` : ''}`;
}
