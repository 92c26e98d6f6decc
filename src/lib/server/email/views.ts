// Reading a class mailbox. Pupils see what the class received and sent once a teacher let
// it through, plus their own emails still waiting or sent back (with the reason); they
// never see who else wrote what. Staff see everything: writers, held and quarantined mail,
// and where each external email is in the outbox.
import { and, desc, eq, inArray, isNull, or, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../db';
import { classes, emailAttachments, emailOutbox, emails, users } from '../db/schema';
import { can, type Actor } from '../../domain/auth/permissions';
import { isStaff } from '../../domain/auth/roles';
import { assertCan } from '../auth/authorize';
import { classResource } from '../auth/resources';
import { NotFoundError } from '../errors';
import { childFacingMessage } from '../../domain/moderation/reasons';
import type { RejectionCode } from '../../domain/moderation/types';
import type { EmailDetail, EmailSummary } from '../../domain/email/views';

export type { EmailDetail, EmailSummary };

const otherClass = alias(classes, 'other_class');

function visibleTo(actor: Actor): SQL | undefined {
	if (isStaff(actor.role)) return undefined;
	// Mail a pupil reported stays out of the class's sight while a teacher looks (and after, if the report was right).
	return or(and(eq(emails.status, 'approved'), isNull(emails.hiddenAt)), and(eq(emails.authorId, actor.userId), eq(emails.folder, 'sent')));
}

async function assertRead(db: Executor, actor: Actor, classId: string): Promise<void> {
	const resource = await classResource(db, classId);
	if (!resource) throw new NotFoundError('That class does not exist.');
	assertCan(actor, 'email.read', resource);
}

function selectEmails(db: Executor) {
	return db
		.select({ e: emails, other: otherClass.name, firstName: users.firstName, surname: users.surname, outbox: emailOutbox })
		.from(emails)
		.leftJoin(otherClass, or(eq(otherClass.id, emails.toClassId), eq(otherClass.id, emails.fromClassId)))
		.leftJoin(users, eq(users.id, emails.authorId))
		.leftJoin(emailOutbox, eq(emailOutbox.emailId, emails.id));
}

type Row = Awaited<ReturnType<ReturnType<typeof selectEmails>['where']>>[number];

function toSummary(r: Row, actor: Actor): EmailSummary {
	const e = r.e;
	const outside =
		e.folder === 'sent'
			? e.toAddress
				? `${e.toName} <${e.toAddress}>`
				: null
			: e.fromAddress
				? e.fromName
					? `${e.fromName} <${e.fromAddress}>`
					: e.fromAddress
				: null;
	const staff = isStaff(actor.role);
	return {
		id: e.id,
		folder: e.folder,
		status: e.status,
		subject: e.subject,
		counterpart: r.other ?? outside ?? e.toName ?? 'Unknown',
		createdAt: e.createdAt.toISOString(),
		mine: e.authorId === actor.userId,
		writer: staff && r.firstName ? `${r.firstName} ${r.surname}` : null,
		outbox:
			staff && r.outbox
				? { status: r.outbox.status, attempts: r.outbox.attempts, lastError: r.outbox.lastError, sentAt: r.outbox.sentAt?.toISOString() ?? null }
				: null,
		rejection:
			e.status === 'rejected' && e.rejectionCode && (staff || e.authorId === actor.userId)
				? childFacingMessage({ code: e.rejectionCode as RejectionCode, text: e.rejectionText })
				: null
	};
}

export async function listMailbox(db: Executor, actor: Actor, classId: string, limit = 200): Promise<EmailSummary[]> {
	await assertRead(db, actor, classId);
	const rows = await selectEmails(db)
		.where(and(eq(emails.classId, classId), visibleTo(actor)))
		.orderBy(desc(emails.createdAt))
		.limit(limit);
	return rows.map((r) => toSummary(r, actor));
}

export async function readEmail(db: Executor, actor: Actor, emailId: string): Promise<EmailDetail> {
	const [row] = await selectEmails(db).where(and(eq(emails.id, emailId), visibleTo(actor)));
	// Another class's email is simply not there for this reader: no hint that it exists.
	if (!row || !can(actor, 'email.read', { kind: 'class', schoolId: row.e.schoolId, classId: row.e.classId }))
		throw new NotFoundError('That email does not exist.');
	const files = await db
		.select({ id: emailAttachments.id, filename: emailAttachments.filename, contentType: emailAttachments.contentType, size: emailAttachments.size })
		.from(emailAttachments)
		.where(eq(emailAttachments.emailId, emailId));
	return { ...toSummary(row, actor), body: row.e.body, findings: isStaff(actor.role) ? row.e.findings : [], notes: row.e.notes, attachments: files };
}

export async function readAttachment(db: Executor, actor: Actor, attachmentId: string): Promise<{ filename: string; contentType: string; content: Buffer }> {
	const [file] = await db
		.select()
		.from(emailAttachments)
		.where(inArray(emailAttachments.id, [attachmentId]));
	if (!file) throw new NotFoundError('That file does not exist.');
	await readEmail(db, actor, file.emailId);
	return { filename: file.filename, contentType: file.contentType, content: file.content };
}
