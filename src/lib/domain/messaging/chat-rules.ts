// Limits on pupils' chat: 10 messages a minute (a child who is typing fast is fine; a child
// pasting the same line over and over is not) and 1,000 characters a message. Blocked
// attempts count towards the rate too, so retrying a phone number in a loop is slowed.
export const MAX_CHAT_LENGTH = 1000;
export const MAX_MESSAGES_PER_MINUTE = 10;
const MINUTE = 60_000;

export type RateDecision = { ok: true } | { ok: false; retryAfterSeconds: number; message: string };

export function checkChatRate(recentSendTimes: readonly Date[], now: Date): RateDecision {
	const windowStart = now.getTime() - MINUTE;
	const inWindow = recentSendTimes
		.map((d) => d.getTime())
		.filter((t) => t > windowStart)
		.sort((a, b) => a - b);
	if (inWindow.length < MAX_MESSAGES_PER_MINUTE) return { ok: true };
	const oldest = inWindow[inWindow.length - MAX_MESSAGES_PER_MINUTE]!;
	const retryAfterSeconds = Math.max(1, Math.ceil((oldest + MINUTE - now.getTime()) / 1000));
	return {
		ok: false,
		retryAfterSeconds,
		message: `You have sent lots of messages very quickly. Take a little break and try again in ${retryAfterSeconds} seconds.`
	};
}

export const CHAT_MESSAGES = {
	tooLong: `That message is a bit long. Please keep it under ${MAX_CHAT_LENGTH} letters.`,
	empty: 'Please write something before you send it.',
	waiting: 'Waiting for your teacher',
	blockedIntro: 'This message was not sent.'
} as const;
