// What happens once an email a class wrote is approved (by a teacher's decision, or at
// once when a teacher wrote it): to another class it lands in that class's inbox; to an
// approved contact it goes into the outbox, which the worker sends over SMTP. Runs inside
// the approving transaction, so an approval and its delivery commit together.
import type { Transaction } from '../db';
import { emailOutbox, emails, type Email } from '../db/schema';

export async function deliverApproved(tx: Transaction, email: Email, now: Date): Promise<'internal' | 'outbox'> {
	if (email.toClassId) {
		await tx.insert(emails).values({
			schoolId: email.schoolId,
			classId: email.toClassId,
			folder: 'inbox',
			status: 'approved',
			fromClassId: email.classId,
			subject: email.subject,
			body: email.body,
			verdict: email.verdict,
			findings: email.findings,
			sourceEmailId: email.id,
			createdAt: now,
			decidedAt: now
		});
		return 'internal';
	}
	await tx.insert(emailOutbox).values({ schoolId: email.schoolId, emailId: email.id, status: 'waiting', nextAttemptAt: now, createdAt: now });
	return 'outbox';
}
