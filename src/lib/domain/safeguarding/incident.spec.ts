import { describe, expect, it } from 'vitest';
import { formatIncidentNumber, nextIncidentNumber, parseIncidentNumber, validateIncidentCreate, type IncidentInput } from './incident';

const now = new Date('2026-03-10T15:00:00Z');

const valid: IncidentInput = {
	reportedById: 'teacher-1',
	reportedToId: 'dsl-1',
	occurredAt: new Date('2026-03-10T10:15:00Z'),
	reportedAt: new Date('2026-03-10T10:40:00Z'),
	pupilIds: ['pupil-1'],
	staffIds: [],
	description: '  A pupil tried to share a phone number in class chat.  ',
	categoryKey: 'pupil-B',
	actionsTaken: [{ action: 'refer-class-teacher', detail: null, at: new Date('2026-03-10T11:00:00Z') }],
	parentsInformed: null,
	reviewDate: null,
	reviewResult: null
};

function errorsOf(input: IncidentInput): Record<string, string> {
	const result = validateIncidentCreate(input, now);
	return result.ok ? {} : result.errors;
}

describe('incident numbers', () => {
	it('formats per year with four digits', () => {
		expect(formatIncidentNumber(2026, 7)).toBe('2026-0007');
		expect(formatIncidentNumber(2026, 1234)).toBe('2026-1234');
		expect(() => formatIncidentNumber(2026, 0)).toThrow(RangeError);
		expect(() => formatIncidentNumber(2026, 10_000)).toThrow(RangeError);
		expect(() => formatIncidentNumber(26, 1)).toThrow(RangeError);
	});

	it('parses and issues the next number in the same year only', () => {
		expect(parseIncidentNumber('2026-0007')).toEqual({ year: 2026, sequence: 7 });
		expect(parseIncidentNumber('2026-7')).toBeNull();
		expect(nextIncidentNumber(['2025-0040', '2026-0002', '2026-0009'], 2026)).toBe('2026-0010');
		expect(nextIncidentNumber(['2025-0040'], 2026)).toBe('2026-0001');
	});
});

describe('validateIncidentCreate', () => {
	it('accepts a complete record and trims the text', () => {
		const result = validateIncidentCreate(valid, now);
		expect(result.ok).toBe(true);
		expect(result.ok && result.value.description).toBe('A pupil tried to share a phone number in class chat.');
	});

	it('names every missing required field', () => {
		expect(Object.keys(errorsOf({})).sort()).toEqual(
			['categoryKey', 'description', 'occurredAt', 'pupilIds', 'reportedAt', 'reportedById', 'reportedToId'].sort()
		);
	});

	it('limits the description length', () => {
		expect(errorsOf({ ...valid, description: 'short' }).description).toMatch(/at least 10/);
		expect(errorsOf({ ...valid, description: 'x'.repeat(5001) }).description).toMatch(/5000/);
	});

	it('refuses future dates and a report made before the incident', () => {
		expect(errorsOf({ ...valid, occurredAt: new Date('2026-03-11T09:00:00Z') }).occurredAt).toMatch(/future/);
		expect(errorsOf({ ...valid, reportedAt: new Date('2026-03-10T09:00:00Z') }).reportedAt).toMatch(/before it happened/);
	});

	it('refuses a review date before the day of the incident but allows the same day', () => {
		expect(errorsOf({ ...valid, reviewDate: new Date('2026-03-09T00:00:00Z') }).reviewDate).toMatch(/before the incident/);
		expect(errorsOf({ ...valid, reviewDate: new Date('2026-03-10T00:00:00Z') })).toEqual({});
		expect(errorsOf({ ...valid, reviewResult: 'All fine' }).reviewResult).toMatch(/review date/);
	});

	it('fits the category to the people involved', () => {
		expect(errorsOf({ ...valid, categoryKey: 'staff-A' }).categoryKey).toMatch(/member of staff/);
		expect(errorsOf({ ...valid, categoryKey: 'staff-A', staffIds: ['teacher-2'] })).toEqual({});
		expect(errorsOf({ ...valid, pupilIds: [], staffIds: ['teacher-2'] }).categoryKey).toMatch(/pupil/);
		expect(errorsOf({ ...valid, categoryKey: 'pupil-E' }).categoryKey).toMatch(/list/);
	});

	it('checks the people lists and parents being told', () => {
		expect(errorsOf({ ...valid, pupilIds: ['pupil-1', 'pupil-1'] }).pupilIds).toMatch(/twice/);
		expect(errorsOf({ ...valid, pupilIds: [''] }).pupilIds).toBeDefined();
		const told = { at: new Date('2026-03-10T14:00:00Z'), method: 'phone' };
		expect(errorsOf({ ...valid, parentsInformed: told })).toEqual({});
		expect(errorsOf({ ...valid, parentsInformed: { ...told, method: 'pigeon' } }).parentsInformed).toBeDefined();
		expect(errorsOf({ ...valid, parentsInformed: { ...told, at: new Date('2026-03-10T09:00:00Z') } }).parentsInformed).toMatch(/before/);
		expect(errorsOf({ ...valid, pupilIds: [], staffIds: ['t-2'], categoryKey: 'staff-A', parentsInformed: told }).parentsInformed).toMatch(/pupil/);
	});

	it('checks the actions taken', () => {
		expect(errorsOf({ ...valid, actionsTaken: [{ action: 'other', detail: ' ', at: now }] }).actionsTaken).toMatch(/other/);
		expect(errorsOf({ ...valid, actionsTaken: [{ action: 'shout', detail: null, at: now }] }).actionsTaken).toBeDefined();
		expect(errorsOf({ ...valid, actionsTaken: [{ action: 'inform-parents', detail: null, at: new Date('2026-03-01T00:00:00Z') }] }).actionsTaken).toMatch(
			/before the incident/
		);
	});
});
