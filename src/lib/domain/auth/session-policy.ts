// How long a signed-in session lasts, per role.
// - Staff: locked after 10 minutes idle, as the schools' policies require, and never more
//   than a working day (12 hours, OWASP ASVS level 2's absolute limit).
// - Parents: ASVS level 2 defaults, 30 minutes idle and 12 hours absolute.
// - Pupils: 15 minutes idle and 6 hours absolute. Pupils share classroom iPads and
//   Chromebooks, so a forgotten session must end before the next child sits down, and a
//   school day is the longest a pupil should stay signed in.
// - Governors: as staff, since they read the school's safeguarding figures and risk log.
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
	createdAt: Date;
	lastSeenAt: Date;
	expiresAt: Date;
}

export function sessionState(session: SessionTimes, role: Role, now: Date): SessionState {
	const limits = sessionLimitsFor(role);
	if (now.getTime() >= session.expiresAt.getTime()) return 'expired';
	if (now.getTime() - session.createdAt.getTime() >= limits.absoluteMs) return 'expired';
	if (now.getTime() - session.lastSeenAt.getTime() >= limits.idleMs) return 'idle-locked';
	return 'active';
}

// Writing last_seen_at on every request would turn each page view into a write; once every
// 30 seconds keeps the idle clock accurate to well under a minute.
const TOUCH_INTERVAL_MS = 30_000;

export function shouldTouch(session: SessionTimes, now: Date): boolean {
	return now.getTime() - session.lastSeenAt.getTime() >= TOUCH_INTERVAL_MS;
}

/** The cookie and row expiry: the absolute limit from creation. */
export function absoluteExpiry(role: Role, createdAt: Date): Date {
	return new Date(createdAt.getTime() + sessionLimitsFor(role).absoluteMs);
}
