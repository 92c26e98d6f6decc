import { describe, expect, it } from 'vitest';
import { alertUrgency } from './urgency';

describe('alertUrgency', () => {
	it.each([
		['secrecy-request', 'urgent'],
		['meeting-request', 'urgent'],
		['pupil-report', 'high'],
		['teacher-escalation', 'high'],
		['pupils-worried', 'high'],
		['self-harm-finding', 'high'],
		['grooming-finding', 'high'],
		['staff-concern', 'high'],
		['escalation-note', 'high']
	])('emails %s at once', (kind, severity) => expect(alertUrgency({ kind, severity })).toBe('urgent'));

	it('leaves repeated blocked details for the digest', () => expect(alertUrgency({ kind: 'repeated-blocked-details', severity: 'high' })).toBe('digest'));

	it('treats any kind marked urgent as urgent', () => expect(alertUrgency({ kind: 'inbound-mail-finding', severity: 'urgent' })).toBe('urgent'));
	it('puts an unknown kind that is not urgent in the digest', () => expect(alertUrgency({ kind: 'inbound-mail-finding', severity: 'low' })).toBe('digest'));
});
