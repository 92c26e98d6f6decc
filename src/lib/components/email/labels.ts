// Words for where an email is, for pupils (kind, short) and for staff (exact).
import type { EmailSummary } from '$lib/domain/email/views';

export function pupilStatus(e: EmailSummary): string | null {
	if (e.folder === 'inbox') return null;
	if (e.status === 'pending') return 'Waiting for your teacher';
	if (e.status === 'escalated') return 'Your teacher is checking it';
	if (e.status === 'rejected') return 'Not sent';
	return 'Sent';
}

export function staffStatus(e: EmailSummary): string {
	if (e.status === 'quarantined') return 'Quarantined: not from an approved contact';
	if (e.status === 'discarded') return 'Discarded';
	if (e.status === 'pending') return e.folder === 'inbox' ? 'Held: waiting in the queue' : 'Waiting in the queue';
	if (e.status === 'escalated') return 'With the safeguarding lead';
	if (e.status === 'rejected') return 'Rejected';
	if (e.folder === 'inbox') return 'Delivered to the class';
	if (!e.outbox) return 'Delivered';
	if (e.outbox.status === 'sent') return 'Sent';
	if (e.outbox.status === 'failed') return 'Failed: not sent';
	return e.outbox.attempts > 0 ? `Retrying (${e.outbox.attempts} tries so far)` : 'In the outbox';
}
