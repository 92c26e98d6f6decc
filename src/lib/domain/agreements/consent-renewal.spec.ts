import { describe, expect, it } from 'vitest';
import { consentsInForceThisYear, renewalStart } from './consent-renewal';
import type { ConsentRecord } from './types';

const record = (kind: ConsentRecord['kind'], at: string): ConsentRecord => ({
	id: `${kind}-${at}`,
	schoolId: 's',
	pupilId: 'p',
	parentId: 'parent',
	kind,
	decision: 'given',
	recordedAt: new Date(at),
	method: 'online'
});

describe('consents that renew each school year', () => {
	it('starts the school year at midnight on 1 September in London (BST)', () => {
		expect(renewalStart(new Date('2026-11-30T12:00:00Z')).toISOString()).toBe('2026-08-31T23:00:00.000Z');
		expect(renewalStart(new Date('2027-03-01T12:00:00Z')).toISOString()).toBe('2026-08-31T23:00:00.000Z');
	});

	it('lets last year’s answers to yearly consents lapse and keeps every other answer', () => {
		const records = [
			record('photographs', '2026-07-10T10:00:00Z'),
			record('publish-work-to-family', '2025-10-01T10:00:00Z'),
			record('press', '2026-09-05T10:00:00Z')
		];
		const kept = consentsInForceThisYear(records, ['photographs', 'press'], new Date('2026-11-30T12:00:00Z'));
		expect(kept.map((r) => r.kind)).toEqual(['publish-work-to-family', 'press']);
		// Before 1 September the July answer still stands.
		expect(consentsInForceThisYear(records, ['photographs'], new Date('2026-08-20T12:00:00Z')).map((r) => r.kind)).toContain('photographs');
	});
});
