// How moderation decisions change class email. The queue shows the subject and body as one
// text, exactly the text the screen read, so findings highlight in place. Approving a
// class's own email delivers it (another class's inbox, or the outbox for SMTP);
// approving mail that came in from an approved contact lets the class read it; rejecting
// either keeps it from everyone but staff, with the teacher's reason for the writer.
import { and, eq, inArray, isNotNull, or } from 'drizzle-orm';
import type { Executor, Transaction } from '../db';
import { classes, emailContacts, emails, reviewItems, type ReviewItemRow } from '../db/schema';
import { rooms } from '../../realtime/events';
import { publish } from '../realtime/publish';
import { outsideSenderName } from './report-target';
import type { Actor } from '../../domain/auth/permissions';
import { screenedText } from '../../domain/email/compose';
import type { AfterCommit, TargetDescription, TargetHandler } from '../moderation/targets';
import { deliverApproved } from './deliver';
import { kickOutbox } from './worker-signal';
import { notePupils } from '../moderation/pupil-notes';
import { noteForTakenDown } from '../../domain/moderation/pupil-notes';

function titleOf(e: {
	folder: 'inbox' | 'sent';
	toName: string | null;
	toAddress: string | null;
	fromName: string | null;
	fromAddress: string | null;
}): string {
	if (e.folder === 'sent') return e.toAddress ? `Email to ${e.toName} <${e.toAddress}>` : `Email to ${e.toName} (a class in school)`;
	return `Email in from ${e.fromName ? `${e.fromName} <${e.fromAddress}>` : e.fromAddress}, an approved contact`;
}

async function describeEmails(db: Executor, items: ReviewItemRow[]): Promise<Map<string, TargetDescription>> {
	const ids = items.map((i) => i.targetId);
	if (!ids.length) return new Map();
	const rows = await db
		.select({ email: emails, className: classes.name, contactName: emailContacts.name })
		.from(emails)
		.innerJoin(classes, eq(classes.id, emails.classId))
		.leftJoin(emailContacts, eq(emailContacts.id, emails.contactId))
		.where(inArray(emails.id, ids));
	const described = new Map<string, TargetDescription>();
	for (const item of items) {
		const row = rows.find((r) => r.email.id === item.targetId);
		if (!row) continue;
		const e = row.email;
		described.set(item.id, {
			title: titleOf(e),
			body: screenedText(e.subject, e.body),
			className: row.className,
			place: `${row.className} · class email`,
			reportNotes: e.notes,
			// Mail from outside is written by its sender, not by the member of staff the item is filed under.
			...(e.authorId === null && e.fromAddress ? { authorName: outsideSenderName(row.contactName, e.fromName, e.fromAddress) } : {})
		});
	}
	return described;
}

// The year-end rollover archives a class with its mailbox; mail still waiting then must not
// leave it (or reach an archived class's inbox) when a teacher later approves it.
const ARCHIVED_CLASS =
	'This email belongs to a class that closed at the year-end rollover, so it cannot be sent or let in now. Reject it with a reason, and the pupil can write it again from their new class.';

export const emailTarget: TargetHandler = {
	describe: describeEmails,
	async approvalBlocker(db, item) {
		const [email] = await db.select({ classId: emails.classId, toClassId: emails.toClassId }).from(emails).where(eq(emails.id, item.targetId));
		if (!email) return null;
		const ids = email.toClassId ? [email.classId, email.toClassId] : [email.classId];
		const archived = await db
			.select({ id: classes.id })
			.from(classes)
			.where(and(inArray(classes.id, ids), isNotNull(classes.archivedAt)));
		return archived.length ? ARCHIVED_CLASS : null;
	},
	channel: async () => 'email',
	takeDownTarget: (db, emailId) => emailTakeDownTarget(db, emailId),
	async apply(tx: Transaction, item: ReviewItemRow, actor: Actor, now: Date): Promise<AfterCommit> {
		const [email] = await tx.select().from(emails).where(eq(emails.id, item.targetId)).for('update');
		if (!email) return () => {};
		const decided = { decidedAt: now, decidedById: actor.userId };
		if (item.status === 'removed') {
			// Taken down after approval: the class no longer sees it (mail already sent cannot be
			// unsent); the row stays, so the item's history and any alert keep it as evidence.
			// Copies it delivered to other classes' inboxes go with it.
			const gone = await tx
				.update(emails)
				.set({ status: 'rejected', ...decided })
				.where(or(eq(emails.id, email.id), eq(emails.sourceEmailId, email.id)))
				.returning({ id: emails.id, classId: emails.classId });
			if (email.authorId)
				await notePupils(tx, { schoolId: email.schoolId, pupilIds: [email.authorId], body: noteForTakenDown('email'), by: actor.userId, now });
			return () => {
				for (const copy of gone) publish(rooms.class(copy.classId), 'email:removed', { emailId: copy.id });
			};
		}
		const changes =
			item.status === 'rejected'
				? { status: 'rejected' as const, rejectionCode: item.rejectionCode, rejectionText: item.rejectionText, ...decided }
				: item.status === 'approved'
					? { status: 'approved' as const, ...decided }
					: { status: 'escalated' as const };
		const [updated] = await tx.update(emails).set(changes).where(eq(emails.id, email.id)).returning();
		const route = updated!.status === 'approved' && updated!.folder === 'sent' ? await deliverApproved(tx, updated!, now) : null;
		return () => {
			if (route === 'outbox') kickOutbox();
		};
	}
};

/** The email a take-down acts on: an inbox copy delivered from another class is taken down at its source. */
async function emailTakeDownTarget(db: Executor, emailId: string): Promise<string> {
	const [row] = await db.select({ source: emails.sourceEmailId }).from(emails).where(eq(emails.id, emailId));
	return row?.source ?? emailId;
}

/** Whether an email went through the queue (so can be taken down): staff-written and seeded mail did not. */
export async function emailHasReviewItem(db: Executor, emailId: string): Promise<boolean> {
	const targetId = await emailTakeDownTarget(db, emailId);
	const [item] = await db
		.select({ id: reviewItems.id })
		.from(reviewItems)
		.where(and(eq(reviewItems.targetType, 'email'), eq(reviewItems.targetId, targetId)));
	return item !== undefined;
}
