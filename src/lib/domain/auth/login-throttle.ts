// Failed-login limits: at most 10 failures per account and 50 per address in any 15
// minutes. The account limit stops guessing one password; the address limit stops one
// machine trying many accounts, set higher because a whole class signs in from one
// school address.
export const THROTTLE_WINDOW_MS = 15 * 60_000;
export const MAX_FAILURES_PER_ACCOUNT = 10;
export const MAX_FAILURES_PER_ADDRESS = 50;

export interface ThrottleCounts {
	accountFailures: number;
	addressFailures: number;
	/** Oldest failure still inside the window for whichever limit is reached. */
	oldestCountedFailure: Date | null;
}

export type ThrottleDecision = { allowed: true } | { allowed: false; retryAfterMinutes: number };

export function decideLoginThrottle(counts: ThrottleCounts, now: Date): ThrottleDecision {
	const blocked = counts.accountFailures >= MAX_FAILURES_PER_ACCOUNT || counts.addressFailures >= MAX_FAILURES_PER_ADDRESS;
	if (!blocked) return { allowed: true };
	const oldest = counts.oldestCountedFailure?.getTime() ?? now.getTime();
	const waitMs = Math.max(oldest + THROTTLE_WINDOW_MS - now.getTime(), 60_000);
	return { allowed: false, retryAfterMinutes: Math.ceil(waitMs / 60_000) };
}
