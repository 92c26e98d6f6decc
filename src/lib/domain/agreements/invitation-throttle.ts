/**
 * Limits on invitation-code attempts, in the spirit of the login throttle.
 *
 * Owns: at most 10 wrong codes per address and 10 per signed-in account in any
 * 15 minutes. A code has about 59.5 bits, so this is not what keeps codes safe;
 * it stops a script from walking the code space and keeps the audit log quiet.
 * A family mistyping from a letter needs only a few tries.
 */
export const INVITATION_WINDOW_MS = 15 * 60_000;
export const MAX_CODE_FAILURES = 10;

export interface CodeFailureCounts {
	/** Wrong codes from this address (and, when signed in, this account): the larger count. */
	failures: number;
	/** The oldest counted failure, to say how long to wait. */
	oldest: Date | null;
}

export type CodeThrottleDecision = { allowed: true } | { allowed: false; retryAfterMinutes: number };

export function decideCodeThrottle(counts: CodeFailureCounts, now: Date): CodeThrottleDecision {
	if (counts.failures < MAX_CODE_FAILURES) return { allowed: true };
	const oldest = counts.oldest?.getTime() ?? now.getTime();
	const waitMs = Math.max(oldest + INVITATION_WINDOW_MS - now.getTime(), 60_000);
	return { allowed: false, retryAfterMinutes: Math.ceil(waitMs / 60_000) };
}
