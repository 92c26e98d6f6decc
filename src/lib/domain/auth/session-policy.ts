// How long a signed-in session lasts, per role.
// - Staff: locked after 10 minutes idle, as the schools' policies require, and never more
//   than a working day (12 hours, OWASP ASVS level 2's absolute limit).
// - Parents: ASVS level 2 defaults, 30 minutes idle and 12 hours absolute.
// - Pupils: 15 minutes idle and 6 hours absolute. Pupils share classroom iPads and
//   Chromebooks, so a forgotten session must end before the next child sits down, and a
//   school day is the longest a pupil should stay signed in.
// - Governors: as staff, since they read the school's safeguarding figures and risk log.
// A session keeps the limits it was opened with (its idle timeout and absolute expiry are
// stored on it), so every page and socket on every process applies the same ones.
import type { Role } from './roles';
import { isStaff } from './roles';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export interface SessionLimits {
	idleMs: number;
	absoluteMs: number;
}

export function sessionLimitsFor(role: Role): SessionLimits {
	if (isStaff(role) || role === 'governor') return { idleMs: 10 * MINUTE, absoluteMs: 12 * HOUR };
	if (role === 'parent') return { idleMs: 30 * MINUTE, absoluteMs: 12 * HOUR };
	return { idleMs: 15 * MINUTE, absoluteMs: 6 * HOUR };
}

export type SessionState = 'active' | 'idle-locked' | 'expired';

export interface SessionTimes {
	lastSeenAt: Date;
	/** The absolute limit, fixed when the session opened. */
	expiresAt: Date;
	idleTimeoutMs: number;
}

export function sessionState(session: SessionTimes, now: Date): SessionState {
	if (now.getTime() >= session.expiresAt.getTime()) return 'expired';
	if (now.getTime() - session.lastSeenAt.getTime() >= session.idleTimeoutMs) return 'idle-locked';
	return 'active';
}

/** When the session ends if nobody uses it: the earlier of its idle and absolute limits. */
export function sessionDeadline(session: SessionTimes): Date {
	return new Date(Math.min(session.expiresAt.getTime(), session.lastSeenAt.getTime() + session.idleTimeoutMs));
}

// Writing last_seen_at on every request would turn each page view into a write; once every
// 30 seconds (or a twentieth of a short idle limit) keeps the idle clock accurate.
const TOUCH_INTERVAL_MS = 30_000;

export function shouldTouch(session: SessionTimes, now: Date): boolean {
	const interval = Math.min(TOUCH_INTERVAL_MS, session.idleTimeoutMs / 20);
	return now.getTime() - session.lastSeenAt.getTime() >= interval;
}

/** The cookie and row expiry: the absolute limit from creation. */
export function absoluteExpiry(limits: SessionLimits, createdAt: Date): Date {
	return new Date(createdAt.getTime() + limits.absoluteMs);
}
