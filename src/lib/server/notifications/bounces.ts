// Addresses that bounce. An address is marked when the relay refuses it for good while
// sending (5xx) or when a delivery status notification (DSN) for one of the school's emails
// comes back to the inbound SMTP server. From then on, email to it is held in the outbox with
// the reason (not sent, not lost) until the owner saves the address again or the head asks
// to try it again from the accounts page; both release what was held. Every mark and every
// clearing is audited. Rules for reading a DSN are in domain/notifications/dsn.ts.
import { and, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { simpleParser } from 'mailparser';
import type { Database, Executor } from '../db';
import { emailBounces, emailOutbox, notificationSettings, notifications, schools, users, type EmailBounceRow } from '../db/schema';
import type { Actor } from '../../domain/auth/permissions';
import { bouncedNotificationId, readDeliveryStatus } from '../../domain/notifications/dsn';
import { assertCan, ownSchool } from '../auth/authorize';
import { recordAudit } from '../audit/record';
import { NotFoundError } from '../errors';
import { readNotificationConfig } from './config';

const lower = (address: string): string => address.trim().toLowerCase();

/** The address's bounce that still holds mail, if any. */
export async function activeBounce(db: Executor, schoolId: string, address: string): Promise<EmailBounceRow | null> {
	const [row] = await db
		.select()
		.from(emailBounces)
		.where(and(eq(emailBounces.schoolId, schoolId), eq(emailBounces.address, lower(address)), isNull(emailBounces.clearedAt)))
		.orderBy(desc(emailBounces.bouncedAt))
		.limit(1);
	return row ?? null;
}

/** The words kept on held outbox rows. */
export function heldBecause(bounce: Pick<EmailBounceRow, 'address' | 'reason' | 'bouncedAt'>): string {
	const day = bounce.bouncedAt.toLocaleDateString('en-GB', { timeZone: 'Europe/London', day: 'numeric', month: 'long', year: 'numeric' });
	return `Held: ${bounce.address} bounced on ${day} (${bounce.reason}). It is sent when the address is saved again or the head tries it again.`.slice(0, 500);
}

export interface BounceInput {
	schoolId: string;
	address: string;
	source: 'relay' | 'dsn';
	reason: string;
	notificationId: string | null;
	now: Date;
}

/** Marks the address (once while it stays bounced), and any account using it, and audits it. */
export async function recordBounce(tx: Executor, input: BounceInput): Promise<void> {
	const address = lower(input.address);
	const reason = input.reason.slice(0, 300) || 'The address was refused.';
	if (!(await activeBounce(tx, input.schoolId, address)))
		await tx.insert(emailBounces).values({
			schoolId: input.schoolId,
			address,
			source: input.source,
			reason,
			notificationId: input.notificationId,
			bouncedAt: input.now
		});
	await tx
		.update(notificationSettings)
		.set({ emailBouncedAt: input.now, bounceReason: reason })
		.where(and(eq(notificationSettings.schoolId, input.schoolId), sql`lower(${notificationSettings.email}) = ${address}`));
	await recordAudit(tx, {
		schoolId: input.schoolId,
		actorId: null,
		action: 'notification.bounced',
		targetType: 'notification',
		targetId: input.notificationId ?? undefined,
		details: { address, source: input.source, reason }
	});
}

/** The address works again: stop holding mail for it and send what was held. Returns how many were released. */
export async function clearBounce(tx: Executor, schoolId: string, address: string, actorId: string | null, now: Date): Promise<number> {
	const cleared = await tx
		.update(emailBounces)
		.set({ clearedAt: now })
		.where(and(eq(emailBounces.schoolId, schoolId), eq(emailBounces.address, lower(address)), isNull(emailBounces.clearedAt)))
		.returning({ id: emailBounces.id });
	if (!cleared.length) return 0;
	await tx
		.update(notificationSettings)
		.set({ emailBouncedAt: null, bounceReason: null })
		.where(and(eq(notificationSettings.schoolId, schoolId), sql`lower(${notificationSettings.email}) = ${lower(address)}`));
	const held = await tx
		.select({ id: emailOutbox.id })
		.from(emailOutbox)
		.innerJoin(notifications, eq(notifications.id, emailOutbox.notificationId))
		.where(and(eq(emailOutbox.schoolId, schoolId), eq(emailOutbox.status, 'held'), sql`lower(${notifications.toAddress}) = ${lower(address)}`));
	if (held.length)
		await tx
			.update(emailOutbox)
			.set({ status: 'waiting', nextAttemptAt: now, lastError: null })
			.where(
				inArray(
					emailOutbox.id,
					held.map((h) => h.id)
				)
			);
	await recordAudit(tx, {
		schoolId,
		actorId,
		action: 'notification.bounce_cleared',
		details: { address: lower(address), released: held.length }
	});
	return held.length;
}

export interface BouncedAddress {
	id: string;
	address: string;
	/** The accounts using the address; empty for a family invited by email who has not joined. */
	owners: { name: string; username: string; role: string }[];
	source: 'relay' | 'dsn';
	reason: string;
	bouncedAt: Date;
	held: number;
}

/**
 * The one list of addresses that bounce, on the head's accounts page (where "Try again" is;
 * School set-up → Notifications links to it with the count): every address bouncing now,
 * newest first, with whose it is.
 */
export async function listBouncedAddresses(db: Database, actor: Actor): Promise<BouncedAddress[]> {
	assertCan(actor, 'account.manage', ownSchool(actor));
	const rows = await db
		.select()
		.from(emailBounces)
		.where(and(eq(emailBounces.schoolId, actor.schoolId), isNull(emailBounces.clearedAt)))
		.orderBy(desc(emailBounces.bouncedAt));
	const out: BouncedAddress[] = [];
	for (const row of rows) {
		const owners = await db
			.select({ firstName: users.firstName, surname: users.surname, username: users.username, role: users.role })
			.from(notificationSettings)
			.innerJoin(users, eq(users.id, notificationSettings.userId))
			.where(and(eq(notificationSettings.schoolId, actor.schoolId), sql`lower(${notificationSettings.email}) = ${row.address}`));
		const [held] = await db
			.select({ n: sql<number>`count(*)::int` })
			.from(emailOutbox)
			.innerJoin(notifications, eq(notifications.id, emailOutbox.notificationId))
			.where(and(eq(emailOutbox.schoolId, actor.schoolId), eq(emailOutbox.status, 'held'), sql`lower(${notifications.toAddress}) = ${row.address}`));
		out.push({
			id: row.id,
			address: row.address,
			owners: owners.map((o) => ({ name: `${o.firstName} ${o.surname}`, username: o.username, role: o.role })),
			source: row.source as 'relay' | 'dsn',
			reason: row.reason,
			bouncedAt: row.bouncedAt,
			held: held?.n ?? 0
		});
	}
	return out;
}

/** The head asks to try a bounced address again (the family says it is right now). */
export async function retryBouncedAddress(db: Database, actor: Actor, bounceId: string, now = new Date()): Promise<number> {
	assertCan(actor, 'account.manage', ownSchool(actor));
	const [row] = await db
		.select()
		.from(emailBounces)
		.where(and(eq(emailBounces.id, bounceId), eq(emailBounces.schoolId, actor.schoolId), isNull(emailBounces.clearedAt)));
	if (!row) throw new NotFoundError('That address is not bouncing.');
	return db.transaction((tx) => clearBounce(tx, actor.schoolId, row.address, actor.userId, now));
}

/** The envelope sender of notification emails, where bounce reports come back. */
export function notificationFromAddress(mailDomain: string | null): string {
	return readNotificationConfig().fromAddress ?? `no-reply@${mailDomain ?? 'localhost'}`;
}

/** Whether mail to this address is a bounce report for the school's notification emails. */
export async function isReturnAddress(db: Executor, address: string): Promise<boolean> {
	const wanted = lower(address);
	const configured = readNotificationConfig().fromAddress;
	if (configured) return lower(configured) === wanted;
	const [local, domain] = wanted.split('@');
	if (local !== 'no-reply' || !domain) return false;
	const [school] = await db
		.select({ id: schools.id })
		.from(schools)
		.where(sql`lower(${schools.mailDomain}) = ${domain}`)
		.limit(1);
	return Boolean(school);
}

/**
 * A message that arrived for the return address. A DSN reporting a permanent failure of one
 * of our emails marks that email's address; anything else (an auto-reply, a person replying
 * to no-reply, a report naming an email we never sent) is dropped. Returns the addresses marked.
 */
export async function receiveBounceReport(db: Database, raw: Buffer, remoteAddress: string | undefined, now = new Date()): Promise<string[]> {
	const parsed = await simpleParser(raw, { keepDeliveryStatus: true, skipHtmlToText: true, skipTextToHtml: true, skipImageLinks: true });
	const contentType = parsed.headers.get('content-type') as { value?: string; params?: Record<string, string> } | undefined;
	const isReport = contentType?.value?.toLowerCase() === 'multipart/report' && contentType.params?.['report-type']?.toLowerCase() === 'delivery-status';
	const status = parsed.attachments.find((a) => a.contentType.toLowerCase() === 'message/delivery-status');
	const returned = parsed.attachments.find((a) => ['message/rfc822', 'text/rfc822-headers'].includes(a.contentType.toLowerCase()));
	const notificationId = returned ? bouncedNotificationId(returned.content.toString('utf8')) : null;
	if (!isReport || !status || !notificationId) {
		console.warn(`[notifications] dropped mail to the return address from ${remoteAddress ?? '-'}: not a bounce report for one of our emails`);
		return [];
	}
	const [sent] = await db.select().from(notifications).where(eq(notifications.id, notificationId));
	if (!sent?.toAddress) return [];
	const failures = readDeliveryStatus(status.content.toString('utf8')).filter((f) => f.address === lower(sent.toAddress!));
	if (!failures.length) return [];
	await db.transaction(async (tx) => {
		for (const failure of failures)
			await recordBounce(tx, { schoolId: sent.schoolId, address: failure.address, source: 'dsn', reason: failure.reason, notificationId: sent.id, now });
		// The relay had accepted it; the report says it never arrived.
		await tx
			.update(emailOutbox)
			.set({ status: 'failed', lastError: `Bounced: ${failures[0]!.reason}` })
			.where(eq(emailOutbox.notificationId, sent.id));
	});
	return failures.map((f) => f.address);
}
