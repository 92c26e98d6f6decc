// Sending one notification email, called by the class-email outbox for the rows it claimed
// (same lease, retries and back-off as class mail). The Message-ID comes from the
// notification's id, so a retry after a relay fault carries the same one and a receiver can
// drop a duplicate. A permanent refusal marks the address bounced for the admin to see
// (bounces.ts). A notification to an address (no account yet) has no preferences to link to.
import { eq } from 'drizzle-orm';
import type Mail from 'nodemailer/lib/mailer';
import type { Database } from '../db';
import { emailOutbox, notifications, schools, type NotificationRow } from '../db/schema';
import { afterFailure } from '../../domain/email/delivery';
import { composeEmail, linkAfterSending, mayUnsubscribe, TOPIC_OF, type NotificationReason } from '../../domain/notifications/reasons';
import { recordAudit } from '../audit/record';
import { transportFor } from '../email/transport';
import { readNotificationConfig } from './config';
import { settingsFor } from './settings';
import { notificationFromAddress, recordBounce } from './bounces';

export type SendOutcome = 'sent' | 'retrying' | 'failed';

export function notificationMessageId(row: Pick<NotificationRow, 'id'>, domain: string): string {
	return `<${row.id}@${domain}>`;
}

async function buildMessage(db: Database, row: NotificationRow): Promise<{ message: Mail.Options; domain: string | null }> {
	const config = readNotificationConfig();
	const [school] = await db.select({ name: schools.name, mailDomain: schools.mailDomain }).from(schools).where(eq(schools.id, row.schoolId));
	const reason = row.reason as NotificationReason;
	const absolute = (link: string): string => (link.startsWith('/') ? `${config.publicOrigin}${link}` : link);
	const link = row.link ? absolute(row.link) : null;
	const linkOrigin = link ? new URL(link).origin : config.publicOrigin;
	const settings = row.userId && mayUnsubscribe(reason) ? await settingsFor(db, { id: row.userId, schoolId: row.schoolId }) : null;
	const unsubscribe = settings ? `${linkOrigin}/unsubscribe/${settings.unsubscribeKey}/${TOPIC_OF[reason]}` : null;
	const parts = composeEmail({ schoolName: school?.name ?? 'Your school', subject: row.subject, sentence: row.text, link, preferencesLink: unsubscribe });
	const domain = school?.mailDomain ?? null;
	const from = notificationFromAddress(domain);
	return {
		domain,
		message: {
			from: { name: school?.name ?? 'School', address: from },
			to: row.toAddress!,
			subject: parts.subject,
			text: parts.text,
			html: parts.html,
			messageId: notificationMessageId(row, domain ?? from.split('@')[1]!),
			date: row.createdAt,
			// Only for what may be turned off. The link opens a page with one button: no
			// List-Unsubscribe-Post, because SvelteKit refuses cross-site form posts.
			headers: unsubscribe ? { 'List-Unsubscribe': `<${unsubscribe}>` } : {},
			// Bounce reports come back to the From address, which the inbound server reads.
			envelope: { from, to: row.toAddress! },
			disableFileAccess: true,
			disableUrlAccess: true
		}
	};
}

export async function sendNotificationEmail(db: Database, smtpUrl: string, notificationId: string, attempts: number, now: Date): Promise<SendOutcome> {
	const [row] = await db.select().from(notifications).where(eq(notifications.id, notificationId));
	if (!row || !row.toAddress) return 'failed';
	const { message, domain } = await buildMessage(db, row);
	const reason = row.reason as NotificationReason;
	const afterSending = linkAfterSending(reason);
	try {
		await transportFor(smtpUrl, domain).sendMail(message);
		await db.transaction(async (tx) => {
			await tx.update(emailOutbox).set({ status: 'sent', sentAt: now, lastError: null }).where(eq(emailOutbox.notificationId, row.id));
			// A link carrying a secret (a reset token) is kept only until the relay has it.
			await tx
				.update(notifications)
				.set({ sentAt: now, ...(afterSending ? { link: afterSending } : {}) })
				.where(eq(notifications.id, row.id));
		});
		return 'sent';
	} catch (e) {
		const err = e as { message?: string; responseCode?: number };
		const outcome = afterFailure(attempts, err.responseCode, String(err.message ?? e).slice(0, 500), now);
		await db.transaction(async (tx) => {
			if (outcome.status === 'waiting') {
				await tx
					.update(emailOutbox)
					.set({ status: 'waiting', nextAttemptAt: outcome.nextAttemptAt, lastError: outcome.error })
					.where(eq(emailOutbox.notificationId, row.id));
				return;
			}
			const error = outcome.status === 'failed' ? outcome.error : '';
			await tx.update(emailOutbox).set({ status: 'failed', lastError: error }).where(eq(emailOutbox.notificationId, row.id));
			if ((err.responseCode ?? 0) >= 500)
				await recordBounce(tx, { schoolId: row.schoolId, address: row.toAddress!, source: 'relay', reason: error, notificationId: row.id, now });
			await recordAudit(tx, {
				schoolId: row.schoolId,
				actorId: null,
				action: 'notification.send_failed',
				targetType: row.userId ? 'user' : 'notification',
				targetId: row.userId ?? row.id,
				details: { reason: row.reason, attempts, error }
			});
		});
		return outcome.status === 'waiting' ? 'retrying' : 'failed';
	}
}
