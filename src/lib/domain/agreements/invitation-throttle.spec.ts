import { describe, expect, it } from 'vitest';
import { decideCodeThrottle, INVITATION_WINDOW_MS, MAX_CODE_FAILURES } from './invitation-throttle';

const now = new Date('2026-10-05T18:00:00Z');

describe('decideCodeThrottle', () => {
	it('allows attempts below the limit', () => {
		expect(decideCodeThrottle({ failures: MAX_CODE_FAILURES - 1, oldest: now }, now)).toEqual({ allowed: true });
	});
	it('refuses at the limit and says how long to wait', () => {
		const oldest = new Date(now.getTime() - 5 * 60_000);
		expect(decideCodeThrottle({ failures: MAX_CODE_FAILURES, oldest }, now)).toEqual({ allowed: false, retryAfterMinutes: 10 });
	});
	it('asks for at least a minute even when the window is nearly over', () => {
		const oldest = new Date(now.getTime() - INVITATION_WINDOW_MS + 1000);
		expect(decideCodeThrottle({ failures: 50, oldest }, now)).toEqual({ allowed: false, retryAfterMinutes: 1 });
	});
});
