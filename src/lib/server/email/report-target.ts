// How decisions on a reported email change it. The queue shows the email as the screen read
// it, with each pupil's reason and words. "The report is right" keeps it hidden from the class
// for good; "not needed" brings it back; escalating keeps it hidden while the DSL looks.
// Either way every pupil who reported it is told, once, kindly.
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Executor, Transaction } from '../db';
import { classes, emailContacts, emailReports, emails, users, type ReviewItemRow } from '../db/schema';
import type { Actor } from '../../domain/auth/permissions';
import { screenedText } from '../../domain/email/compose';
import { reportNoteForTeacher } from '../../domain/moderation/report-reasons';
import { noteForReporter } from '../../domain/moderation/pupil-notes';
import type { AfterCommit, TargetDescription, TargetHandler } from '../moderation/targets';
import { notePupils } from '../moderation/pupil-notes';

/** Which of these report targets are emails (the rest are chat messages). */
export async function reportedEmailIds(db: Executor, targetIds: string[]): Promise<Set<string>> {
	if (!targetIds.length) return new Set();
	const rows = await db.select({ id: emails.id }).from(emails).where(inArray(emails.id, targetIds));
	return new Set(rows.map((r) => r.id));
}

/** Who sent mail in from outside, as staff should read it: "from Hannah Reed <hannah@…> (outside sender)". */
export function outsideSenderName(contactName: string | null, fromName: string | null, address: string): string {
	const name = contactName ?? fromName;
	return `from ${name ? `${name} ` : ''}<${address}> (outside sender)`;
}

async function describeReportedEmails(db: Executor, items: ReviewItemRow[]): Promise<Map<string, TargetDescription>> {
	const ids = items.map((i) => i.targetId);
	if (!ids.length) return new Map();
	const rows = await db
		.select({ email: emails, className: classes.name, contactName: emailContacts.name })
		.from(emails)
		.innerJoin(classes, eq(classes.id, emails.classId))
		.leftJoin(emailContacts, eq(emailContacts.id, emails.contactId))
		.where(inArray(emails.id, ids));
	const reports = await db
		.select({ emailId: emailReports.emailId, reason: emailReports.reason, note: emailReports.note, reporter: users.firstName })
		.from(emailReports)
		.innerJoin(users, eq(users.id, emailReports.reporterId))
		.where(inArray(emailReports.emailId, ids));
	const described = new Map<string, TargetDescription>();
	for (const item of items) {
		const row = rows.find((r) => r.email.id === item.targetId);
		if (!row) continue;
		const e = row.email;
		described.set(item.id, {
			title: `Email reported by a pupil: “${e.subject}”`,
			body: screenedText(e.subject, e.body),
			className: row.className,
			place: `${row.className} · class email`,
			reportNotes: reports.filter((r) => r.emailId === e.id).map((r) => reportNoteForTeacher(r.reporter, r.reason, r.note)),
			link: `/staff/email/${e.classId}/${e.id}`,
			...(item.authorId === null && e.fromAddress ? { authorName: outsideSenderName(row.contactName, e.fromName, e.fromAddress) } : {})
		});
	}
	return described;
}

export const reportedEmailTarget: TargetHandler = {
	describe: describeReportedEmails,
	channel: async () => 'email',
	async apply(tx: Transaction, item: ReviewItemRow, actor: Actor, now: Date, note: string | null): Promise<AfterCommit> {
		if (item.status === 'upheld' || item.status === 'dismissed') {
			const answered = await tx
				.update(emailReports)
				.set({ answeredAt: now })
				.where(and(eq(emailReports.emailId, item.targetId), isNull(emailReports.answeredAt)))
				.returning({ reporterId: emailReports.reporterId });
			await notePupils(tx, {
				schoolId: item.schoolId,
				pupilIds: answered.map((r) => r.reporterId),
				body: noteForReporter(item.status, note, 'an email'),
				by: actor.userId,
				now
			});
		}
		// Not needed: the class reads it again. Upheld or escalated: it stays hidden.
		if (item.status === 'dismissed') await tx.update(emails).set({ hiddenAt: null }).where(eq(emails.id, item.targetId));
		return () => {};
	}
};
