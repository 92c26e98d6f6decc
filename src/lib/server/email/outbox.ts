// The outbox: approved external email waits here until the relay accepts it. Rows are
// claimed with a lease (status 'sending' until the lease ends), so two workers never send
// the same email and a worker that dies mid-send leaves it to be retried. Failures are
// retried with back-off (domain/email/delivery.ts) and always visible to the teacher.
// Notification emails (issue 16) share this outbox: a row holds an email or a notification.
import { and, asc, eq, inArray, isNull, lte, ne, or, sql } from 'drizzle-orm';
import type { Database } from '../db';
import { emailOutbox, emails } from '../db/schema';
import { afterFailure, NO_RELAY_MESSAGE, SEND_LEASE_MS } from '../../domain/email/delivery';
import { recordAudit } from '../audit/record';
import { loadMailbox } from './mailboxes';
import { messageIdFor, outgoingMessage, transportFor } from './transport';
import { sendNotificationEmail } from '../notifications/send-email';

export interface OutboxRun {
	sent: number;
	retrying: number;
	failed: number;
}

export async function processOutbox(db: Database, smtpUrl: string | undefined, now = new Date(), limit = 20): Promise<OutboxRun> {
	const run: OutboxRun = { sent: 0, retrying: 0, failed: 0 };
	if (!smtpUrl) {
		// Say why mail is waiting, once, rather than pretending to try.
		await db
			.update(emailOutbox)
			.set({ lastError: NO_RELAY_MESSAGE })
			.where(and(eq(emailOutbox.status, 'waiting'), or(isNull(emailOutbox.lastError), ne(emailOutbox.lastError, NO_RELAY_MESSAGE))));
		return run;
	}
	for (const claim of await claimDue(db, now, limit)) {
		const outcome = claim.emailId
			? await sendOne(db, smtpUrl, claim.emailId, claim.attempts, now)
			: await sendNotificationEmail(db, smtpUrl, claim.notificationId!, claim.attempts, now);
		run[outcome]++;
	}
	return run;
}

async function claimDue(db: Database, now: Date, limit: number): Promise<{ emailId: string | null; notificationId: string | null; attempts: number }[]> {
	return db.transaction(async (tx) => {
		const due = await tx
			.select({ id: emailOutbox.id })
			.from(emailOutbox)
			.where(and(inArray(emailOutbox.status, ['waiting', 'sending']), lte(emailOutbox.nextAttemptAt, now)))
			.orderBy(asc(emailOutbox.nextAttemptAt))
			.limit(limit)
			.for('update', { skipLocked: true });
		if (!due.length) return [];
		return tx
			.update(emailOutbox)
			.set({ status: 'sending', attempts: sql`${emailOutbox.attempts} + 1`, nextAttemptAt: new Date(now.getTime() + SEND_LEASE_MS) })
			.where(
				inArray(
					emailOutbox.id,
					due.map((d) => d.id)
				)
			)
			.returning({ emailId: emailOutbox.emailId, notificationId: emailOutbox.notificationId, attempts: emailOutbox.attempts });
	});
}

async function sendOne(db: Database, smtpUrl: string, emailId: string, attempts: number, now: Date): Promise<keyof OutboxRun> {
	const [email] = await db.select().from(emails).where(eq(emails.id, emailId));
	if (!email) return 'failed';
	const mailbox = await loadMailbox(db, email.classId);
	try {
		if (!mailbox.address || !mailbox.mailDomain) throw Object.assign(new Error('The school has no mail domain set up.'), { responseCode: 550 });
		const info = await transportFor(smtpUrl, mailbox.mailDomain).sendMail(
			outgoingMessage(email, { ...mailbox, address: mailbox.address, mailDomain: mailbox.mailDomain })
		);
		await db.transaction(async (tx) => {
			await tx.update(emailOutbox).set({ status: 'sent', sentAt: now, lastError: null }).where(eq(emailOutbox.emailId, emailId));
			await tx
				.update(emails)
				.set({ messageId: messageIdFor(email, mailbox.mailDomain!) })
				.where(eq(emails.id, emailId));
			await recordAudit(tx, {
				schoolId: email.schoolId,
				actorId: null,
				action: 'email.sent',
				targetType: 'email',
				targetId: emailId,
				details: { to: email.toAddress, attempts, response: String(info.response ?? '').slice(0, 200) }
			});
		});
		return 'sent';
	} catch (e) {
		const err = e as { message?: string; responseCode?: number };
		const outcome = afterFailure(attempts, err.responseCode, String(err.message ?? e).slice(0, 500), now);
		await db.transaction(async (tx) => {
			await tx
				.update(emailOutbox)
				.set(
					outcome.status === 'waiting'
						? { status: 'waiting', nextAttemptAt: outcome.nextAttemptAt, lastError: outcome.error }
						: { status: 'failed', lastError: outcome.status === 'failed' ? outcome.error : null }
				)
				.where(eq(emailOutbox.emailId, emailId));
			if (outcome.status === 'failed')
				await recordAudit(tx, {
					schoolId: email.schoolId,
					actorId: null,
					action: 'email.send_failed',
					targetType: 'email',
					targetId: emailId,
					details: { to: email.toAddress, attempts, error: outcome.error }
				});
		});
		return outcome.status === 'waiting' ? 'retrying' : 'failed';
	}
}
