import { describe, expect, it } from 'vitest';
import { checkChatRate, MAX_MESSAGES_PER_MINUTE } from './chat-rules';

const now = new Date('2026-11-23T10:00:00Z');
const secondsAgo = (s: number) => new Date(now.getTime() - s * 1000);

describe('chat rate', () => {
	it('allows ten messages in a minute and refuses the eleventh kindly', () => {
		const nine = Array.from({ length: 9 }, (_, i) => secondsAgo(50 - i));
		expect(checkChatRate(nine, now)).toEqual({ ok: true });
		const ten = [...nine, secondsAgo(1)];
		const refused = checkChatRate(ten, now);
		expect(refused.ok).toBe(false);
		if (!refused.ok) {
			expect(refused.retryAfterSeconds).toBe(10);
			expect(refused.message).toMatch(/little break/);
		}
		expect(MAX_MESSAGES_PER_MINUTE).toBe(10);
	});

	it('forgets messages older than a minute', () => {
		const old = Array.from({ length: 20 }, () => secondsAgo(61));
		expect(checkChatRate(old, now)).toEqual({ ok: true });
	});
});
