import { describe, expect, it } from 'vitest';
import { checkOccurredAt, concernDecisions } from './concerns';

const now = new Date('2026-03-10T10:00:00Z');

describe('concern decisions', () => {
	it('lets the DSL turn an open concern into an incident or close it', () => expect(concernDecisions('open')).toEqual(['incident', 'close']));
	it('leaves nothing to decide once it is an incident or closed', () => {
		expect(concernDecisions('incident')).toEqual([]);
		expect(concernDecisions('closed')).toEqual([]);
	});
});

describe('when it happened', () => {
	it('accepts today and earlier this year', () => {
		expect(checkOccurredAt(new Date('2026-03-10T09:00:00Z'), now)).toBeNull();
		expect(checkOccurredAt(new Date('2025-09-10T09:00:00Z'), now)).toBeNull();
	});
	it('refuses the future, beyond a minute of clock difference', () => {
		expect(checkOccurredAt(new Date('2026-03-10T10:00:30Z'), now)).toBeNull();
		expect(checkOccurredAt(new Date('2026-03-10T11:00:00Z'), now)).toMatch(/future/);
	});
	it('refuses more than a year back and an invalid date', () => {
		expect(checkOccurredAt(new Date('2024-12-01T09:00:00Z'), now)).toMatch(/more than a year/);
		expect(checkOccurredAt(new Date(NaN), now)).toMatch(/date and time/);
	});
});
