import { describe, expect, it } from 'vitest';
import { REDACTED, otherPupilsPattern, redactOtherPupils, type PupilIdentity } from './redact-others';

const me: PupilIdentity = { id: '11111111-1111-4111-8111-111111111111', username: 'pupil.oak.1', firstName: 'Oliver', surname: 'Smith' };
const noah: PupilIdentity = { id: '22222222-2222-4222-8222-222222222222', username: 'pupil.oak.6', firstName: 'Noah', surname: 'Patel' };
const oliverB: PupilIdentity = { id: '33333333-3333-4333-8333-333333333333', username: 'pupil.oak.2', firstName: 'Oliver', surname: 'Brown' };
const sister: PupilIdentity = { id: '44444444-4444-4444-8444-444444444444', username: 'pupil.ash.3', firstName: 'Isla', surname: 'Smith' };
const pattern = otherPupilsPattern(me, [noah, oliverB, sister]);
const redact = (s: string) => redactOtherPupils(s, pattern);

describe('redacting other pupils from an export', () => {
	it('replaces full names, surnames, first names, usernames and ids', () => {
		expect(redact('Parents of Noah Patel sent a notice (1) and told by phone.')).toBe(`Parents of ${REDACTED} sent a notice (1) and told by phone.`);
		expect(redact('Noah said it first; PATEL agreed')).toBe(`${REDACTED} said it first; ${REDACTED} agreed`);
		expect(redact('seen by pupil.oak.6 at 10:00')).toBe(`seen by ${REDACTED} at 10:00`);
		expect(redact(`target ${noah.id}`)).toBe(`target ${REDACTED}`);
		expect(redact('Noah  Patel\nwas there')).toBe(`${REDACTED}\nwas there`);
	});

	it("keeps the subject: a shared first name or surname stays, the other's full name goes", () => {
		expect(redact('Oliver Brown and Oliver Smith')).toBe(`${REDACTED} and Oliver Smith`);
		expect(redact('Isla Smith is my sister, I am Oliver Smith')).toBe(`${REDACTED} is my sister, I am Oliver Smith`);
	});

	it('matches whole words only', () => {
		expect(redact('Noahs ark and Patella')).toBe('Noahs ark and Patella');
	});

	it('walks objects and arrays, leaving keys, numbers and dates', () => {
		const at = new Date('2026-11-01T10:00:00Z');
		expect(redactOtherPupils({ Noah: 1, list: ['Noah Patel', { detail: 'Isla', at }] }, pattern)).toEqual({
			Noah: 1,
			list: [REDACTED, { detail: REDACTED, at }]
		});
	});

	it('does nothing when there are no other pupils', () => {
		expect(otherPupilsPattern(me, [])).toBeNull();
		expect(redactOtherPupils('Noah Patel', null)).toBe('Noah Patel');
	});
});
