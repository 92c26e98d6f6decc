import { describe, expect, it } from 'vitest';
import { composeEmail, mayUnsubscribe, wantsEmail, wordsFor, type NotificationReason } from './reasons';

describe('who may turn what off', () => {
	it('never lets safeguarding or account mail be turned off', () => {
		for (const reason of ['alert.urgent', 'alert.digest', 'alert.unopened', 'account.password-reset', 'allegation.head'] as NotificationReason[]) {
			expect(mayUnsubscribe(reason)).toBe(false);
			expect(wantsEmail(reason, ['safeguarding', 'account', 'queue', 'family-work'])).toBe(true);
		}
	});
	it('tells the chair of governors of an allegation without a word about it', () => {
		const words = wordsFor({ reason: 'allegation.head' });
		expect(`${words.subject} ${words.sentence}`).not.toMatch(/head|pupil|child|name/i);
		expect(words.sentence).toMatch(/chair of governors/);
	});
	it('honours a muted optional topic', () => {
		expect(wantsEmail('queue.waiting', ['queue'])).toBe(false);
		expect(wantsEmail('work.shared', ['queue'])).toBe(true);
	});
});

describe('the words', () => {
	it('counts in plain English', () => {
		expect(wordsFor({ reason: 'queue.waiting', count: 1, oldestMinutes: 1, thresholdMinutes: 20 }).sentence).toBe(
			'1 item has waited more than 20 minutes in your review queue; the oldest has waited 1 minute.'
		);
		expect(wordsFor({ reason: 'alert.digest', count: 3 }).sentence).toBe('3 safeguarding alerts are waiting for you since your last summary.');
	});
	it('puts the school name, the link and a plain-text part in every email, and escapes the HTML', () => {
		const email = composeEmail({
			schoolName: 'St <Mary>',
			subject: 'Hello',
			sentence: 'Something is waiting.',
			link: 'https://x.example/a?b=1&c=2',
			preferencesLink: null
		});
		expect(email.subject).toBe('Hello · St <Mary>');
		expect(email.text).toBe('Something is waiting.\n\nhttps://x.example/a?b=1&c=2\n\nSt <Mary>\n');
		expect(email.html).toContain('St &lt;Mary&gt;');
		expect(email.html).toContain('href="https://x.example/a?b=1&amp;c=2"');
	});
});
