import { describe, expect, it } from 'vitest';
import type { ScreenFinding } from '../moderation/types';
import {
	alertForEscalation,
	alertForPupilReport,
	alertForRepeatedBlocks,
	alertPlace,
	alertsForFindings,
	shouldAlertRepeatedBlocks,
	validateRepeatedBlockSettings,
	type AlertContext
} from './alerts';

const day = (n: number, hour = 10): Date => new Date(Date.UTC(2026, 2, 1 + n, hour));
const ctx: AlertContext = { schoolId: 'school-1', pupilId: 'pupil-1', pupilFirstName: 'Maya', itemId: 'item-1', where: '5 Oak chat' };

/** Replays attempts one by one, as the service would, and returns the indexes that alerted. */
function alertsWhenReplayed(times: Date[], threshold?: number, windowDays?: number): number[] {
	return times.flatMap((t, i) => (shouldAlertRepeatedBlocks(times.slice(0, i + 1), t, threshold, windowDays) ? [i] : []));
}

describe('shouldAlertRepeatedBlocks', () => {
	it('fires on the third attempt within 7 days, not before', () => {
		expect(alertsWhenReplayed([day(0), day(2), day(5)])).toEqual([2]);
	});

	it('does not fire for three attempts spread over 10 days', () => {
		expect(alertsWhenReplayed([day(0), day(5), day(10)])).toEqual([]);
	});

	it('fires once per window, not on every later attempt', () => {
		expect(alertsWhenReplayed([day(0), day(1), day(2), day(3), day(4), day(6)])).toEqual([2]);
	});

	it('fires again for a fresh burst after a full window has passed', () => {
		expect(alertsWhenReplayed([day(0), day(1), day(2), day(20), day(21), day(22)])).toEqual([2, 5]);
	});

	it('uses a rolling window of exactly windowDays × 24 h', () => {
		expect(shouldAlertRepeatedBlocks([day(0), day(3), day(7)], day(7))).toBe(false);
		expect(shouldAlertRepeatedBlocks([day(0, 11), day(3), day(7)], day(7))).toBe(true);
	});

	it('honours a school’s own threshold and window', () => {
		expect(alertsWhenReplayed([day(0), day(5), day(10)], 3, 14)).toEqual([2]);
		expect(alertsWhenReplayed([day(0), day(1), day(2)], 4, 7)).toEqual([]);
		expect(() => shouldAlertRepeatedBlocks([day(0)], day(0), 1, 7)).toThrow(RangeError);
	});

	it('ignores attempts after now and stale history', () => {
		expect(shouldAlertRepeatedBlocks([day(0), day(1), day(2)], day(1))).toBe(false);
		expect(shouldAlertRepeatedBlocks([day(0), day(1), day(2)], day(30))).toBe(false);
		expect(shouldAlertRepeatedBlocks([], day(0))).toBe(false);
	});

	it('validates settings within bounds', () => {
		expect(validateRepeatedBlockSettings({ threshold: 3, windowDays: 7 }).ok).toBe(true);
		expect(validateRepeatedBlockSettings({ threshold: 1.5, windowDays: 90 })).toEqual({
			ok: false,
			errors: { threshold: 'Choose a whole number from 2 to 20.', windowDays: 'Choose a whole number from 1 to 60.' }
		});
	});
});

describe('alert builders', () => {
	const now = day(0);
	it('summarise in one line, first name only', () => {
		expect(alertForPupilReport(ctx, now)).toEqual({
			kind: 'pupil-report',
			severity: 'high',
			summary: 'Maya reported a message in 5 Oak chat.',
			schoolId: 'school-1',
			pupilId: 'pupil-1',
			itemId: 'item-1',
			raisedAt: now
		});
		expect(alertForEscalation(ctx, 'Mr Shah', now).summary).toBe('Mr Shah escalated a message by Maya in 5 Oak chat.');
		expect(alertForRepeatedBlocks(ctx, 3, 7, now).summary).toBe('Maya tried to share personal details 3 times in 7 days (5 Oak chat).');
		const mixed = { ...ctx, where: alertPlace('5 Oak', ['email', 'chat', 'email']) };
		expect(alertForRepeatedBlocks(mixed, 3, 7, now).summary).toBe('Maya tried to share personal details 3 times in 7 days (5 Oak chat and class email).');
		expect(alertPlace(null, ['work', 'email', 'chat'])).toBe('class chat, class email and shared work');
		expect(alertPlace('5 Oak', 'email')).toBe('5 Oak class email');
	});

	it('say what the words were: an email or a piece of work, not “a message”', () => {
		const email: AlertContext = { ...ctx, channel: 'email', where: alertPlace('5 Oak', 'email') };
		const work: AlertContext = { ...ctx, channel: 'work', where: alertPlace('5 Oak', 'work') };
		expect(alertForPupilReport(email, now).summary).toBe('Maya reported an email in 5 Oak class email.');
		expect(alertForEscalation(email, 'Mr Shah', now).summary).toBe('Mr Shah escalated an email by Maya in 5 Oak class email.');
		expect(alertForEscalation(work, 'Mr Shah', now).summary).toBe('Mr Shah escalated a piece of work by Maya in 5 Oak shared work.');
		const secrecy: ScreenFinding = { kind: 'secrecy', rule: 'secrecy.dont-tell', start: 0, end: 1, explanation: '' };
		expect(alertsForFindings([secrecy], work, now)[0]?.summary).toBe(
			"Maya's piece of work in 5 Oak shared work asks to keep something from grown-ups. The teacher is reviewing it."
		);
		expect(alertPlace('5 Oak')).toBe('5 Oak chat');
	});

	it('raise alerts only as the screen severity says: urgent for self-harm, grooming, and meetings with secrecy or an unknown adult', () => {
		const f = (kind: ScreenFinding['kind'], rule: string): ScreenFinding => ({ kind, rule, start: 0, end: 1, explanation: '' });
		const shape = (findings: ScreenFinding[]) => alertsForFindings(findings, ctx, now).map((a) => [a.kind, a.severity]);
		expect(shape([f('phone', 'phone.uk'), f('meeting', 'meeting.invite'), f('secrecy', 'secrecy.dont-tell')])).toEqual([['meeting-request', 'urgent']]);
		expect(shape([f('location', 'location.here-now'), f('meeting', 'meeting.unknown-adult')])).toEqual([['meeting-request', 'urgent']]);
		expect(shape([f('selfharm', 'selfharm.hurt-self')])).toEqual([['self-harm', 'urgent']]);
		expect(shape([f('grooming', 'grooming.photo')])).toEqual([['grooming-signs', 'urgent']]);
		expect(shape([f('meeting', 'meeting.invite')])).toEqual([['meeting-request', 'high']]);
		expect(shape([f('secrecy', 'secrecy.dont-tell')])).toEqual([['secrecy-request', 'high']]);
		expect(shape([f('profanity', 'profanity.word')])).toEqual([]);
		expect(shape([f('threat', 'threat.harm'), f('location', 'location.alone')])).toEqual([]);
		expect(alertsForFindings([f('selfharm', 'selfharm.not-alive')], ctx, now)[0]?.summary).toContain('0800 1111');
		// The word model unsure (under its strong line): held for the teacher. Unsure self-harm
		// still reaches the DSL, as a high alert that pages no one; other unsure kinds raise none.
		expect(shape([f('selfharm', 'selfharm.model-weak')])).toEqual([['self-harm', 'high']]);
		expect(alertsForFindings([f('selfharm', 'selfharm.model-weak')], ctx, now)[0]?.summary).toContain('not sure');
		expect(shape([f('selfharm', 'selfharm.model-weak'), f('selfharm', 'selfharm.not-alive')])).toEqual([['self-harm', 'urgent']]);
		expect(shape([f('selfharm', 'selfharm.model-weak'), f('secrecy', 'secrecy.dont-tell')])).toEqual([
			['self-harm', 'high'],
			['secrecy-request', 'high']
		]);
		expect(shape([f('unkind', 'unkind.model-weak'), f('threat', 'threat.model-weak')])).toEqual([]);
		expect(shape([f('grooming', 'grooming.model-weak'), f('secrecy', 'secrecy.dont-tell')])).toEqual([['secrecy-request', 'high']]);
		expect(shape([f('selfharm', 'selfharm.model')])).toEqual([['self-harm', 'urgent']]);
	});
});
