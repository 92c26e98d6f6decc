import { describe, expect, it } from 'vitest';
import { composeEmail, linkAfterSending, mayUnsubscribe, wantsEmail, wordsFor, type NotificationReason } from './reasons';

describe('who may turn what off', () => {
	it('never lets safeguarding or account mail be turned off', () => {
		for (const reason of [
			'alert.urgent',
			'alert.digest',
			'alert.unopened',
			'account.password-reset',
			'allegation.head',
			'family.invitation'
		] as NotificationReason[]) {
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

describe('urgent alert words', () => {
	const words = (kind: string, severity = 'urgent') => wordsFor({ reason: 'alert.urgent', kind, severity });
	it('names the kind in adult words, matching the screen severities', () => {
		expect(words('self-harm').subject).toBe('Urgent safeguarding alert: possible self-harm');
		expect(words('grooming-signs').subject).toBe('Urgent safeguarding alert: possible grooming');
		expect(words('meeting-request').subject).toBe('Urgent safeguarding alert: a meeting or whereabouts with secrecy');
		expect(words('meeting-request').sentence).toMatch(/keep it secret/);
		// A meeting on its own is not the urgent case and says so.
		expect(words('meeting-request', 'high').subject).toBe('Urgent safeguarding alert: talk of meeting up');
		expect(words('pupil-worried', 'urgent').sentence).toMatch(/^A pupil pressed “I’m worried”\. Please sign in/);
		expect(words('something-new').subject).toBe('Urgent safeguarding alert: waiting for you');
	});
	it('never names a pupil', () => {
		for (const kind of [
			'self-harm',
			'grooming-signs',
			'meeting-request',
			'secrecy-request',
			'pupil-report',
			'teacher-escalation',
			'staff-concern',
			'parent-concern'
		])
			expect(words(kind).sentence).not.toMatch(/[A-Z][a-z]+’s|\bby [A-Z]/);
	});
});

describe('invitation emails', () => {
	it("names the child by first name only, as the letter does, and forgets the code's link once sent", () => {
		const w = wordsFor({ reason: 'family.invitation', childFirstName: 'Ava', className: '2 Oak', expiresOn: '28 December 2026' });
		expect(w.subject).toBe('Join Ava’s class on Safe Classroom');
		expect(w.sentence).toContain('until 28 December 2026');
		expect(linkAfterSending('family.invitation')).toBe('/join');
		expect(linkAfterSending('account.password-reset')).toBe('/reset');
		expect(linkAfterSending('work.shared')).toBeNull();
	});
});
