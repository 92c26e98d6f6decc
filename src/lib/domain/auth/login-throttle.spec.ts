import { describe, expect, it } from 'vitest';
import { decideLoginThrottle, MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_ADDRESS } from './login-throttle';

const now = new Date('2026-11-23T10:00:00Z');

describe('login throttle', () => {
	it('allows up to nine failures per account and refuses at ten', () => {
		expect(MAX_FAILURES_PER_ACCOUNT).toBe(10);
		expect(decideLoginThrottle({ accountFailures: 9, addressFailures: 9, oldestCountedFailure: now }, now)).toEqual({ allowed: true });
		const refused = decideLoginThrottle({ accountFailures: 10, addressFailures: 10, oldestCountedFailure: new Date(now.getTime() - 5 * 60_000) }, now);
		expect(refused).toEqual({ allowed: false, retryAfterMinutes: 10 });
	});

	it('refuses an address that failed across many accounts', () => {
		const d = decideLoginThrottle({ accountFailures: 0, addressFailures: MAX_FAILURES_PER_ADDRESS, oldestCountedFailure: now }, now);
		expect(d.allowed).toBe(false);
	});
});
