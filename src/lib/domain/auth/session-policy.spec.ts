import { describe, expect, it } from 'vitest';
import { absoluteExpiry, sessionLimitsFor, sessionState, shouldTouch } from './session-policy';

const at = (minutes: number) => new Date(Date.UTC(2026, 10, 23, 9, 0) + minutes * 60_000);
const session = (createdMin: number, lastSeenMin: number, role: Parameters<typeof absoluteExpiry>[0]) => ({
	createdAt: at(createdMin),
	lastSeenAt: at(lastSeenMin),
	expiresAt: absoluteExpiry(role, at(createdMin))
});

describe('session policy', () => {
	it('locks staff after 10 idle minutes and not before', () => {
		for (const role of ['teacher', 'dsl', 'admin'] as const) {
			expect(sessionState(session(0, 0, role), role, at(9.9))).toBe('active');
			expect(sessionState(session(0, 0, role), role, at(10))).toBe('idle-locked');
		}
	});

	it('gives parents 30 idle minutes and pupils 15', () => {
		expect(sessionState(session(0, 0, 'parent'), 'parent', at(29))).toBe('active');
		expect(sessionState(session(0, 0, 'parent'), 'parent', at(30))).toBe('idle-locked');
		expect(sessionState(session(0, 0, 'pupil'), 'pupil', at(14))).toBe('active');
		expect(sessionState(session(0, 0, 'pupil'), 'pupil', at(15))).toBe('idle-locked');
	});

	it('ends a busy session at its absolute limit', () => {
		expect(sessionLimitsFor('teacher').absoluteMs).toBe(12 * 3600_000);
		expect(sessionState(session(0, 719, 'teacher'), 'teacher', at(720))).toBe('expired');
		expect(sessionState(session(0, 359, 'pupil'), 'pupil', at(360))).toBe('expired');
	});

	it('touches the idle clock at most every 30 seconds', () => {
		const s = session(0, 0, 'teacher');
		expect(shouldTouch(s, at(0.4))).toBe(false);
		expect(shouldTouch(s, at(0.5))).toBe(true);
	});
});
