import { describe, expect, it } from 'vitest';
import { digestDue, headEscalationDue, isSchoolDay, queueEmailDue } from './schedule';
import { londonDateAndTime } from '../calendar';

const at = (iso: string): Date => new Date(iso);

describe('londonDateAndTime', () => {
	it('follows British Summer Time', () => expect(londonDateAndTime(at('2026-07-01T15:30:00Z'))).toEqual({ date: '2026-07-01', time: '16:30' }));
	it('and GMT in winter', () => expect(londonDateAndTime(at('2026-12-01T23:30:00Z'))).toEqual({ date: '2026-12-01', time: '23:30' }));
});

describe('headEscalationDue', () => {
	it('is due 30 minutes after the alert, not before', () => {
		expect(headEscalationDue(at('2026-12-01T10:00:00Z'), at('2026-12-01T10:29:59Z'))).toBe(false);
		expect(headEscalationDue(at('2026-12-01T10:00:00Z'), at('2026-12-01T10:30:00Z'))).toBe(true);
	});
});

describe('digestDue', () => {
	it('waits for the chosen London time', () => {
		expect(digestDue('16:00', null, at('2026-07-01T14:59:00Z'))).toBe(false);
		expect(digestDue('16:00', null, at('2026-07-01T15:00:00Z'))).toBe(true);
	});
	it('goes once a day', () => {
		expect(digestDue('16:00', at('2026-12-01T16:01:00Z'), at('2026-12-01T20:00:00Z'))).toBe(false);
		expect(digestDue('16:00', at('2026-12-01T16:01:00Z'), at('2026-12-02T16:00:00Z'))).toBe(true);
	});
});

const TERMS = [
	{ startsOn: '2026-09-02', endsOn: '2026-12-18' },
	{ startsOn: '2027-01-05', endsOn: '2027-03-25' },
	{ startsOn: '2026-04-13', endsOn: '2026-07-21' }
];

describe('isSchoolDay', () => {
	it('is Monday to Friday, 08:00 to 17:00 London time, in term', () => {
		expect(isSchoolDay(at('2026-12-01T08:00:00Z'), TERMS)).toBe(true);
		expect(isSchoolDay(at('2026-12-01T07:59:00Z'), TERMS)).toBe(false);
		expect(isSchoolDay(at('2026-12-01T17:00:00Z'), TERMS)).toBe(false);
		expect(isSchoolDay(at('2026-12-05T10:00:00Z'), TERMS)).toBe(false);
		expect(isSchoolDay(at('2026-07-01T07:30:00Z'), TERMS)).toBe(true);
	});
	it('counts the first and last day of a term, and no day between terms', () => {
		expect(isSchoolDay(at('2026-09-02T09:00:00Z'), TERMS)).toBe(true);
		expect(isSchoolDay(at('2026-12-18T09:00:00Z'), TERMS)).toBe(true);
		// A Monday in the Christmas holiday, and one in the summer holiday.
		expect(isSchoolDay(at('2026-12-21T10:00:00Z'), TERMS)).toBe(false);
		expect(isSchoolDay(at('2026-08-03T09:00:00Z'), TERMS)).toBe(false);
		expect(isSchoolDay(at('2026-12-01T10:00:00Z'), [])).toBe(false);
	});
});

describe('queueEmailDue', () => {
	const now = at('2026-12-01T10:30:00Z');
	it('needs an item older than the threshold', () => {
		expect(queueEmailDue({ oldestWaitingSince: at('2026-12-01T10:10:00Z'), lastEmailAt: null, thresholdMinutes: 20, now, terms: TERMS })).toBe(false);
		expect(queueEmailDue({ oldestWaitingSince: at('2026-12-01T10:09:00Z'), lastEmailAt: null, thresholdMinutes: 20, now, terms: TERMS })).toBe(true);
		expect(queueEmailDue({ oldestWaitingSince: null, lastEmailAt: null, thresholdMinutes: 20, now, terms: TERMS })).toBe(false);
	});
	it('is at most once an hour', () => {
		const old = at('2026-12-01T09:00:00Z');
		expect(queueEmailDue({ oldestWaitingSince: old, lastEmailAt: at('2026-12-01T09:31:00Z'), thresholdMinutes: 20, now, terms: TERMS })).toBe(false);
		expect(queueEmailDue({ oldestWaitingSince: old, lastEmailAt: at('2026-12-01T09:30:00Z'), thresholdMinutes: 20, now, terms: TERMS })).toBe(true);
	});
	it('waits for term to start again', () => {
		const holiday = at('2026-12-22T10:30:00Z');
		expect(queueEmailDue({ oldestWaitingSince: at('2026-12-22T09:00:00Z'), lastEmailAt: null, thresholdMinutes: 20, now: holiday, terms: TERMS })).toBe(false);
	});
});
