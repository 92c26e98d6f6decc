// What a teacher does with mail outside the review queue: release or discard quarantined
// mail (from senders who are not approved contacts), and try an external email again once
// a sending problem is fixed. Each is audited in the same transaction.
import { and, eq } from 'drizzle-orm';
import type { Database } from '../db';
import { emailOutbox, emails } from '../db/schema';
import type { Actor } from '../../domain/auth/permissions';
import { assertCan } from '../auth/authorize';
import { classResource } from '../auth/resources';
import { recordAudit } from '../audit/record';
import { ConflictError, NotFoundError } from '../errors';
import { kickOutbox } from './worker-signal';

async function loadEmail(db: Database, actor: Actor, emailId: string) {
	const [email] = await db.select().from(emails).where(eq(emails.id, emailId));
	if (!email || email.schoolId !== actor.schoolId) throw new NotFoundError('That email does not exist.');
	// The class comes from the email itself, never from the page the form was posted on.
	return { email, resource: (await classResource(db, email.classId))! };
}

export async function decideQuarantined(db: Database, actor: Actor, emailId: string, action: 'release' | 'discard', now = new Date()): Promise<void> {
	const { email, resource } = await loadEmail(db, actor, emailId);
	assertCan(actor, 'email.quarantine.manage', resource);
	await db.transaction(async (tx) => {
		const [changed] = await tx
			.update(emails)
			.set({ status: action === 'release' ? 'approved' : 'discarded', decidedAt: now, decidedById: actor.userId })
			.where(and(eq(emails.id, emailId), eq(emails.status, 'quarantined')))
			.returning({ id: emails.id });
		if (!changed) throw new ConflictError('That email is no longer in quarantine.');
		await recordAudit(tx, {
			schoolId: email.schoolId,
			actorId: actor.userId,
			action: `email.quarantine_${action === 'release' ? 'released' : 'discarded'}`,
			targetType: 'email',
			targetId: emailId,
			details: { classId: email.classId, from: email.fromAddress }
		});
	});
}

export async function retrySending(db: Database, actor: Actor, emailId: string, now = new Date()): Promise<void> {
	const { email, resource } = await loadEmail(db, actor, emailId);
	assertCan(actor, 'moderation.decide', resource);
	await db.transaction(async (tx) => {
		const [changed] = await tx
			.update(emailOutbox)
			.set({ status: 'waiting', attempts: 0, nextAttemptAt: now, lastError: null })
			.where(and(eq(emailOutbox.emailId, emailId), eq(emailOutbox.status, 'failed')))
			.returning({ id: emailOutbox.id });
		if (!changed) throw new ConflictError('That email is not waiting for a retry.');
		await recordAudit(tx, {
			schoolId: email.schoolId,
			actorId: actor.userId,
			action: 'email.send_retried',
			targetType: 'email',
			targetId: emailId,
			details: { to: email.toAddress }
		});
	});
	kickOutbox();
}
