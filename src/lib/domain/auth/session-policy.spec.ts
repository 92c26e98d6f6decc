import { describe, expect, it } from 'vitest';
import { absoluteExpiry, sessionDeadline, sessionLimitsFor, sessionState, shouldTouch } from './session-policy';
import type { Role } from './roles';

const at = (minutes: number) => new Date(Date.UTC(2026, 10, 23, 9, 0) + minutes * 60_000);
const session = (createdMin: number, lastSeenMin: number, role: Role) => {
	const limits = sessionLimitsFor(role);
	return { lastSeenAt: at(lastSeenMin), expiresAt: absoluteExpiry(limits, at(createdMin)), idleTimeoutMs: limits.idleMs };
};

describe('session policy', () => {
	it('locks staff after 10 idle minutes and not before', () => {
		for (const role of ['teacher', 'dsl', 'admin'] as const) {
			expect(sessionState(session(0, 0, role), at(9.9))).toBe('active');
			expect(sessionState(session(0, 0, role), at(10))).toBe('idle-locked');
		}
	});

	it('gives parents 30 idle minutes and pupils 15', () => {
		expect(sessionState(session(0, 0, 'parent'), at(29))).toBe('active');
		expect(sessionState(session(0, 0, 'parent'), at(30))).toBe('idle-locked');
		expect(sessionState(session(0, 0, 'pupil'), at(14))).toBe('active');
		expect(sessionState(session(0, 0, 'pupil'), at(15))).toBe('idle-locked');
	});

	it('ends a busy session at its absolute limit', () => {
		expect(sessionLimitsFor('teacher').absoluteMs).toBe(12 * 3600_000);
		expect(sessionState(session(0, 719, 'teacher'), at(720))).toBe('expired');
		expect(sessionState(session(0, 359, 'pupil'), at(360))).toBe('expired');
	});

	it('names the moment an unused session ends: idle limit, or the absolute one if sooner', () => {
		expect(sessionDeadline(session(0, 5, 'teacher'))).toEqual(at(15));
		expect(sessionDeadline(session(0, 715, 'teacher'))).toEqual(at(720));
	});

	it('touches the idle clock at most every 30 seconds, sooner for a very short idle limit', () => {
		const s = session(0, 0, 'teacher');
		expect(shouldTouch(s, at(0.4))).toBe(false);
		expect(shouldTouch(s, at(0.5))).toBe(true);
		const short = { ...s, idleTimeoutMs: 2000 };
		expect(shouldTouch(short, new Date(at(0).getTime() + 99))).toBe(false);
		expect(shouldTouch(short, new Date(at(0).getTime() + 100))).toBe(true);
	});
});
