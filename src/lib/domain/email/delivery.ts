// Sending over SMTP, retried with back-off so nothing is silently dropped. Rules owned here:
// - a temporary failure (no answer, 4xx) is tried again later, each wait longer than the last;
// - a permanent refusal (5xx) or too many attempts stops retrying and is shown to the teacher,
//   who can try again once the problem is fixed;
// - a send is leased while it runs, so a process that dies mid-send is retried, not lost.

/** Waits between attempts: 1 min, 5 min, 15 min, 1 h, 3 h, 6 h; about 10 hours in all. */
export const RETRY_DELAYS_MS = [60_000, 300_000, 900_000, 3_600_000, 10_800_000, 21_600_000] as const;
export const MAX_ATTEMPTS = RETRY_DELAYS_MS.length + 1;
/** Longer than any SMTP conversation nodemailer allows, so a live send is never taken twice. */
export const SEND_LEASE_MS = 5 * 60_000;

export const NO_RELAY_MESSAGE = 'No outgoing mail server configured (set SMTP_URL). The email will wait here until one is.';

export type AttemptOutcome = { status: 'sent' } | { status: 'waiting'; nextAttemptAt: Date; error: string } | { status: 'failed'; error: string };

export function afterFailure(attempts: number, responseCode: number | undefined, error: string, now: Date): AttemptOutcome {
	if (responseCode !== undefined && responseCode >= 500) return { status: 'failed', error };
	if (attempts >= MAX_ATTEMPTS) return { status: 'failed', error: `${error} (gave up after ${attempts} attempts)` };
	const delay = RETRY_DELAYS_MS[Math.min(attempts - 1, RETRY_DELAYS_MS.length - 1)]!;
	return { status: 'waiting', nextAttemptAt: new Date(now.getTime() + delay), error };
}
