// Everything the school holds about one pupil, gathered by area for a subject-access
// export. Other children appear only as "another pupil" and reporters of the pupil's
// messages are not named: a pupil's export is about them, not their classmates.
// Incidents are included only when the DSL decides telling is safe ("where allowed").
import { and, eq, inArray, or } from 'drizzle-orm';
import type { Executor } from '../db';
import {
	agreementSignatures,
	blockedAttempts,
	chatMessages,
	classMemberships,
	classes,
	concernPupils,
	concerns,
	deliveryAttendance,
	emails,
	incidentActions,
	incidentEvidence,
	incidentPeople,
	incidents,
	lessonAssignments,
	lessonCompletions,
	messageReports,
	parentConsents,
	parentLinks,
	rooms,
	users,
	workItems
} from '../db/schema';

export type PupilRecords = Record<string, unknown>;

async function profile(db: Executor, pupilId: string) {
	const [u] = await db.select().from(users).where(eq(users.id, pupilId));
	const classRows = await db
		.select({ className: classes.name, yearGroup: classes.yearGroup })
		.from(classMemberships)
		.innerJoin(classes, eq(classes.id, classMemberships.classId))
		.where(eq(classMemberships.pupilId, pupilId));
	const parents = await db
		.select({ firstName: users.firstName, surname: users.surname })
		.from(parentLinks)
		.innerJoin(users, eq(users.id, parentLinks.parentId))
		.where(eq(parentLinks.pupilId, pupilId));
	return {
		id: u!.id,
		username: u!.username,
		firstName: u!.firstName,
		surname: u!.surname,
		createdAt: u!.createdAt,
		disabledAt: u!.disabledAt,
		classes: classRows,
		parents
	};
}

async function messaging(db: Executor, pupilId: string) {
	const messages = await db
		.select({
			id: chatMessages.id,
			room: rooms.name,
			body: chatMessages.body,
			status: chatMessages.status,
			verdict: chatMessages.verdict,
			findings: chatMessages.findings,
			sentAt: chatMessages.createdAt,
			rejection: chatMessages.rejectionText
		})
		.from(chatMessages)
		.innerJoin(rooms, eq(rooms.id, chatMessages.roomId))
		.where(eq(chatMessages.authorId, pupilId));
	const blocked = await db
		.select({
			id: blockedAttempts.id,
			channel: blockedAttempts.channel,
			body: blockedAttempts.body,
			kinds: blockedAttempts.kinds,
			at: blockedAttempts.createdAt
		})
		.from(blockedAttempts)
		.where(eq(blockedAttempts.authorId, pupilId));
	const email = await db
		.select({ id: emails.id, folder: emails.folder, status: emails.status, subject: emails.subject, body: emails.body, at: emails.createdAt })
		.from(emails)
		.where(eq(emails.authorId, pupilId));
	return { messages, blocked, email };
}

async function reports(db: Executor, pupilId: string) {
	const made = await db
		.select({ at: messageReports.createdAt, note: messageReports.note, message: chatMessages.body })
		.from(messageReports)
		.leftJoin(chatMessages, eq(chatMessages.id, messageReports.messageId))
		.where(eq(messageReports.reporterId, pupilId));
	const about = await db
		.select({ at: messageReports.createdAt, message: chatMessages.body })
		.from(messageReports)
		.innerJoin(chatMessages, eq(chatMessages.id, messageReports.messageId))
		.where(eq(chatMessages.authorId, pupilId));
	return { madeByThePupil: made, aboutThePupilsMessages: about.map((r) => ({ ...r, reportedBy: 'another member of the class' })) };
}

async function agreements(db: Executor, pupilId: string) {
	const signatures = await db
		.select({
			kind: agreementSignatures.kind,
			version: agreementSignatures.version,
			signerRole: agreementSignatures.signerRole,
			signedAt: agreementSignatures.signedAt,
			method: agreementSignatures.method
		})
		.from(agreementSignatures)
		.where(eq(agreementSignatures.subjectId, pupilId));
	const consents = await db
		.select({ kind: parentConsents.kind, decision: parentConsents.decision, recordedAt: parentConsents.recordedAt, method: parentConsents.method })
		.from(parentConsents)
		.where(eq(parentConsents.pupilId, pupilId));
	return { signatures, consents };
}

async function lessons(db: Executor, pupilId: string) {
	const completions = await db
		.select({ lessonId: lessonCompletions.lessonId, completedOn: lessonCompletions.completedOn })
		.from(lessonCompletions)
		.where(eq(lessonCompletions.pupilId, pupilId));
	const attended = await db.select({ deliveryId: deliveryAttendance.deliveryId }).from(deliveryAttendance).where(eq(deliveryAttendance.pupilId, pupilId));
	const assigned = await db
		.select({
			lessonId: lessonAssignments.lessonId,
			reason: lessonAssignments.reason,
			assignedOn: lessonAssignments.assignedOn,
			dueBy: lessonAssignments.dueBy
		})
		.from(lessonAssignments)
		.where(eq(lessonAssignments.pupilId, pupilId));
	return { completions, lessonsAttended: attended.length, assigned };
}

async function work(db: Executor, pupilId: string) {
	return db
		.select({
			id: workItems.id,
			kind: workItems.kind,
			title: workItems.title,
			body: workItems.body,
			shareStatus: workItems.shareStatus,
			createdAt: workItems.createdAt
		})
		.from(workItems)
		.where(eq(workItems.pupilId, pupilId));
}

/** `withAboutHead` is false when the head exports: an allegation about them is left out. */
async function incidentRecords(db: Executor, schoolId: string, pupilId: string, withAboutHead: boolean) {
	const ids = (
		await db
			.select({ id: incidentPeople.incidentId })
			.from(incidentPeople)
			.where(and(eq(incidentPeople.userId, pupilId), eq(incidentPeople.schoolId, schoolId)))
	).map((r) => r.id);
	if (!ids.length) return [];
	const rows = (await db.select().from(incidents).where(inArray(incidents.id, ids))).filter((r) => withAboutHead || !r.aboutHead);
	const actions = await db.select().from(incidentActions).where(inArray(incidentActions.incidentId, ids));
	// Only evidence of the pupil's own words: other children's messages are theirs.
	const evidence = await db
		.select()
		.from(incidentEvidence)
		.where(
			and(inArray(incidentEvidence.incidentId, ids), or(eq(incidentEvidence.sourceType, 'review-item'), eq(incidentEvidence.sourceType, 'blocked-attempt')))
		);
	return rows.map((r) => ({
		number: r.number,
		status: r.status,
		category: r.categoryKey,
		occurredAt: r.occurredAt,
		reportedAt: r.reportedAt,
		description: r.description,
		parentsInformed: r.parentsInformedAt ? { at: r.parentsInformedAt, method: r.parentsInformedMethod } : null,
		reviewDate: r.reviewDate,
		reviewResult: r.reviewResult,
		actions: actions.filter((a) => a.incidentId === r.id).map((a) => ({ action: a.action, detail: a.detail, at: a.at })),
		evidence: evidence
			.filter((e) => e.incidentId === r.id && e.snapshot.message.authorId === pupilId)
			.map((e) => ({ body: e.snapshot.message.body, sentAt: e.snapshot.message.sentAt, sha256: e.digest }))
	}));
}

const CONCERN_KIND: Record<string, string> = {
	'pupil-worried': 'The pupil pressed “I’m worried”',
	'parent-concern': 'A parent raised a concern',
	'staff-concern': 'A member of staff logged a concern'
};

/** Concerns raised by or about the pupil; other pupils named on one are redacted with the rest of the export. */
async function concernRecords(db: Executor, schoolId: string, pupilId: string, withAboutHead: boolean) {
	const ids = (
		await db
			.select({ id: concernPupils.concernId })
			.from(concernPupils)
			.where(and(eq(concernPupils.pupilId, pupilId), eq(concernPupils.schoolId, schoolId)))
	).map((r) => r.id);
	if (!ids.length) return [];
	const rows = await db
		.select({ c: concerns, raiserFirst: users.firstName, raiserSurname: users.surname })
		.from(concerns)
		.leftJoin(users, eq(users.id, concerns.raisedById))
		.where(and(inArray(concerns.id, ids), withAboutHead ? undefined : eq(concerns.aboutHead, false)));
	const about = await db
		.select({ concernId: concernPupils.concernId, firstName: users.firstName, surname: users.surname })
		.from(concernPupils)
		.innerJoin(users, eq(users.id, concernPupils.pupilId))
		.where(inArray(concernPupils.concernId, ids));
	const numbers = await db.select({ id: incidents.id, number: incidents.number }).from(incidents).where(eq(incidents.schoolId, schoolId));
	return rows.map(({ c, raiserFirst, raiserSurname }) => ({
		what: CONCERN_KIND[c.kind] ?? c.kind,
		raisedBy: raiserFirst ? `${raiserFirst} ${raiserSurname}` : null,
		about: about.filter((a) => a.concernId === c.id).map((a) => `${a.firstName} ${a.surname}`),
		words: c.words,
		category: c.category,
		occurredAt: c.occurredAt,
		raisedAt: c.createdAt,
		status: c.status,
		closedReason: c.closedReason,
		incident: numbers.find((n) => n.id === c.incidentId)?.number ?? null
	}));
}

/** One JSON document per area; `includeIncidents` is the DSL's decision. */
export async function gatherPupilRecords(
	db: Executor,
	schoolId: string,
	pupilId: string,
	includeIncidents: boolean,
	withAboutHead: boolean
): Promise<Record<string, unknown>> {
	const [p, m, r, a, l, w] = await Promise.all([
		profile(db, pupilId),
		messaging(db, pupilId),
		reports(db, pupilId),
		agreements(db, pupilId),
		lessons(db, pupilId),
		work(db, pupilId)
	]);
	return {
		profile: p,
		messages: m.messages,
		'class-email': m.email,
		'blocked-attempts': m.blocked,
		reports: r,
		work: w,
		'agreements-and-consents': a,
		lessons: l,
		incidents: includeIncidents
			? await incidentRecords(db, schoolId, pupilId, withAboutHead)
			: { withheld: 'The safeguarding lead decided not to include incident records in this copy.' },
		// Concerns are safeguarding records too: they follow the same decision as incidents.
		concerns: includeIncidents
			? await concernRecords(db, schoolId, pupilId, withAboutHead)
			: { withheld: 'The safeguarding lead decided not to include safeguarding concerns in this copy.' }
	};
}
