import { describe, expect, it } from 'vitest';
import { validateAssignLesson, validateNotifyParents, validatePauseMessaging } from './sanctions';

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
