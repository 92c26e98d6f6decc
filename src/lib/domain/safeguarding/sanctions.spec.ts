import { describe, expect, it } from 'vitest';
import { isMessagingPaused, messagingPausedUntil, validateAssignLesson, validateNotifyParents, validatePauseMessaging, type Sanction } from './sanctions';

const now = new Date('2026-03-10T12:00:00Z');
const inDays = (n: number): Date => new Date(now.getTime() + n * 86_400_000);

describe('validatePauseMessaging', () => {
	it('accepts a date in the future within 90 days', () => {
		expect(validatePauseMessaging({ until: inDays(7), reason: ' Shared a phone number again ' }, now)).toEqual({
			ok: true,
			value: { until: inDays(7), reason: 'Shared a phone number again' }
		});
		expect(validatePauseMessaging({ until: inDays(90), reason: 'x' }, now).ok).toBe(true);
	});

	it('refuses a past date, now, more than 90 days, and no reason', () => {
		expect(validatePauseMessaging({ until: inDays(-1), reason: 'x' }, now).ok).toBe(false);
		expect(validatePauseMessaging({ until: now, reason: 'x' }, now).ok).toBe(false);
		expect(validatePauseMessaging({ until: inDays(91), reason: 'x' }, now)).toEqual({
			ok: false,
			errors: { until: 'A pause can last at most 90 days.' }
		});
		expect(validatePauseMessaging({ until: 'tomorrow', reason: '' }, now)).toMatchObject({
			ok: false,
			errors: { until: expect.any(String), reason: expect.any(String) }
		});
	});
});

describe('other sanctions', () => {
	it('assigns a lesson with an optional future due date', () => {
		expect(validateAssignLesson({ lessonId: 'lesson-private-info', dueBy: null, reason: 'Learn why' }, now).ok).toBe(true);
		expect(validateAssignLesson({ lessonId: '', dueBy: inDays(-2), reason: 'x' }, now)).toMatchObject({
			ok: false,
			errors: { lessonId: 'Choose a lesson.', dueBy: 'The due date must be in the future.' }
		});
	});

	it('notifies parents by a known method', () => {
		expect(validateNotifyParents({ method: 'letter', reason: 'Repeated sharing' }).ok).toBe(true);
		expect(validateNotifyParents({ method: 'carrier pigeon', reason: 'x' }).ok).toBe(false);
	});
});

describe('isMessagingPaused', () => {
	const pause = (setAt: Date, until: Date, liftedAt: Date | null = null): Sanction => ({
		kind: 'pause-messaging',
		id: `p-${until.getTime()}`,
		pupilId: 'pupil-1',
		incidentId: null,
		setById: 'dsl-1',
		setAt,
		reason: 'x',
		until,
		liftedAt
	});
	const lesson: Sanction = {
		kind: 'assign-lesson',
		id: 'l-1',
		pupilId: 'pupil-1',
		incidentId: null,
		setById: 'dsl-1',
		setAt: inDays(-1),
		reason: 'x',
		lessonId: 'lesson-1',
		dueBy: null
	};

	it('is paused from when it is set until the end, not after', () => {
		const sanctions = [lesson, pause(inDays(-1), inDays(3))];
		expect(isMessagingPaused(sanctions, now)).toBe(true);
		expect(isMessagingPaused(sanctions, inDays(3))).toBe(false);
		expect(isMessagingPaused(sanctions, inDays(-2))).toBe(false);
		expect(isMessagingPaused([lesson], now)).toBe(false);
	});

	it('ends a pause lifted early, and reports the latest end of overlapping pauses', () => {
		expect(isMessagingPaused([pause(inDays(-1), inDays(3), inDays(-0.5))], now)).toBe(false);
		expect(messagingPausedUntil([pause(inDays(-1), inDays(3)), pause(inDays(-1), inDays(5))], now)).toEqual(inDays(5));
		expect(messagingPausedUntil([], now)).toBeNull();
	});
});
