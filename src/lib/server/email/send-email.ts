// Writing an email from a class mailbox. Every email is screened (subject and body, as one
// text, exactly as the teacher will see it): a personal detail is refused at once and
// logged; a pupil's email then waits in the teacher's queue; a teacher's is sent at once
// but still screened and audited. Recipients come from a list, never typed.
import { and, eq, isNull } from 'drizzle-orm';
import type { Database, Executor } from '../db';
import { classes, emailContacts, emails, users, type Email } from '../db/schema';
import type { Actor } from '../../domain/auth/permissions';
import { isStaff } from '../../domain/auth/roles';
import { COMPOSE_MESSAGES, mentionsWriter, parseRecipient, screenedText } from '../../domain/email/compose';
import type { ComposeEmailInput } from '../../domain/email/inputs';
import type { Finding, ScreeningResult } from '../../domain/screening';
import { assertCan } from '../auth/authorize';
import { classResource } from '../auth/resources';
import { recordAudit } from '../audit/record';
import { InputError, NotFoundError } from '../errors';
import { explainBlock, recordBlockedAttempt } from '../messaging/blocked';
import { screenerForSchool } from '../messaging/screening-context';
import { publishQueueItem, submitForReview } from '../moderation/submit';
import { publishAlerts, raiseScreeningAlerts } from '../safeguarding/alerts';
import { deliverApproved } from './deliver';
import { loadMailbox } from './mailboxes';
import { kickOutbox } from './worker-signal';

export type EmailSendResult = { outcome: 'waiting' | 'sent'; emailId: string } | { outcome: 'blocked'; reason: string; findings: Finding[] };

type To = { toClassId: string; toAddress: null; toName: string; contactId: null } | { toClassId: null; toAddress: string; toName: string; contactId: string };

export async function sendClassEmail(db: Database, actor: Actor, classId: string, input: ComposeEmailInput, now = new Date()): Promise<EmailSendResult> {
	const resource = await classResource(db, classId);
	if (!resource) throw new NotFoundError('That class does not exist.');
	assertCan(actor, 'email.send', resource);
	const mailbox = await loadMailbox(db, classId);
	if (!mailbox.address) throw new InputError('to', COMPOSE_MESSAGES.noMailbox);
	if (mailbox.archived) throw new InputError('to', 'This is last year’s class: its mailbox is closed. Write from your new class.');
	const to = await resolveRecipient(db, mailbox.schoolId, classId, input.to);
	const existing = await earlierSend(db, actor.userId, input.clientKey);
	if (existing) return existing;
	if (!isStaff(actor.role)) await refuseNamedWriter(db, actor.userId, `${input.subject}\n${input.body}`);
	const text = screenedText(input.subject, input.body);
	const screen = (await screenerForSchool(db, actor.schoolId)).screen(text);
	if (screen.verdict === 'block') {
		await recordBlockedAttempt(db, actor, { classId, roomId: '', channel: 'email', body: text, clientKey: input.clientKey, screen, now });
		return { outcome: 'blocked', reason: explainBlock(screen), findings: screen.findings };
	}
	const row = {
		schoolId: mailbox.schoolId,
		classId,
		folder: 'sent' as const,
		authorId: actor.userId,
		...to,
		subject: input.subject,
		body: input.body,
		verdict: screen.verdict,
		findings: screen.findings,
		clientKey: input.clientKey,
		createdAt: now
	};
	return isStaff(actor.role) ? sendStaffEmail(db, actor, row, now) : queuePupilEmail(db, actor, row, screen, now);
}

/** The answer already given for this client key (a resend after a lost reply), if any. */
async function earlierSend(db: Executor, authorId: string, clientKey: string): Promise<EmailSendResult | null> {
	const [existing] = await db
		.select()
		.from(emails)
		.where(and(eq(emails.authorId, authorId), eq(emails.clientKey, clientKey)));
	return existing ? { outcome: existing.status === 'pending' ? 'waiting' : 'sent', emailId: existing.id } : null;
}

// Two sends with the same client key can pass the check above at the same moment; the
// unique (author, client key) index decides which one stores the email, and the other gets
// the first one's answer instead of a unique-violation.
const ONE_PER_CLIENT_KEY = { target: [emails.authorId, emails.clientKey] };

async function resolveRecipient(db: Database, schoolId: string, classId: string, value: string): Promise<To> {
	const r = parseRecipient(value);
	if (r?.kind === 'class' && r.id !== classId) {
		const [c] = await db
			.select({ id: classes.id, name: classes.name })
			.from(classes)
			.where(and(eq(classes.id, r.id), eq(classes.schoolId, schoolId), isNull(classes.archivedAt)));
		if (c) return { toClassId: c.id, toAddress: null, toName: c.name, contactId: null };
	}
	if (r?.kind === 'contact') {
		const [c] = await db
			.select()
			.from(emailContacts)
			.where(and(eq(emailContacts.id, r.id), eq(emailContacts.classId, classId), isNull(emailContacts.removedAt)));
		if (c) return { toClassId: null, toAddress: c.address, toName: c.name, contactId: c.id };
	}
	throw new InputError('to', COMPOSE_MESSAGES.noRecipient);
}

async function refuseNamedWriter(db: Database, userId: string, text: string): Promise<void> {
	const [me] = await db.select({ firstName: users.firstName, surname: users.surname }).from(users).where(eq(users.id, userId));
	if (me && mentionsWriter(text, me)) throw new InputError('body', COMPOSE_MESSAGES.namedWriter);
}

type NewEmail = Omit<typeof emails.$inferInsert, 'status'>;

async function queuePupilEmail(db: Database, actor: Actor, row: NewEmail, screen: ScreeningResult, now: Date): Promise<EmailSendResult> {
	const stored = await db.transaction(async (tx) => {
		const [email] = await tx
			.insert(emails)
			.values({ ...row, status: 'pending' })
			.onConflictDoNothing(ONE_PER_CLIENT_KEY)
			.returning();
		if (!email) return null;
		const item = await submitForReview(tx, {
			schoolId: row.schoolId,
			classId: row.classId,
			targetType: 'email',
			targetId: email!.id,
			authorId: actor.userId,
			verdict: screen.verdict,
			findings: screen.findings,
			now
		});
		await recordAudit(tx, {
			schoolId: row.schoolId,
			actorId: actor.userId,
			action: 'email.submitted',
			targetType: 'email',
			targetId: email!.id,
			details: auditDetails(email!)
		});
		const alerts = await raiseScreeningAlerts(tx, actor, { sourceType: 'email', sourceId: email!.id, screen, classId: row.classId, now });
		return { email: email!, itemId: item.id, alerts };
	});
	if (!stored) return (await earlierSend(db, actor.userId, row.clientKey!))!;
	const { email, itemId, alerts } = stored;
	publishAlerts(actor.schoolId, alerts);
	await publishQueueItem(db, itemId);
	return { outcome: 'waiting', emailId: email.id };
}

async function sendStaffEmail(db: Database, actor: Actor, row: NewEmail, now: Date): Promise<EmailSendResult> {
	const email = await db.transaction(async (tx) => {
		const [email] = await tx
			.insert(emails)
			.values({ ...row, status: 'approved', decidedAt: now, decidedById: actor.userId })
			.onConflictDoNothing(ONE_PER_CLIENT_KEY)
			.returning();
		if (!email) return null;
		await deliverApproved(tx, email!, now);
		await recordAudit(tx, {
			schoolId: row.schoolId,
			actorId: actor.userId,
			action: 'email.staff_sent',
			targetType: 'email',
			targetId: email!.id,
			details: auditDetails(email!)
		});
		return email!;
	});
	if (!email) return (await earlierSend(db, actor.userId, row.clientKey!))!;
	kickOutbox();
	return { outcome: 'sent', emailId: email.id };
}

function auditDetails(email: Email): Record<string, unknown> {
	return {
		classId: email.classId,
		toClassId: email.toClassId,
		contactId: email.contactId,
		toAddress: email.toAddress,
		verdict: email.verdict,
		findings: email.findings.map((f) => ({ kind: f.kind, rule: f.rule }))
	};
}
