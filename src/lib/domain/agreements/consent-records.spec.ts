import { describe, expect, it } from 'vitest';
import { consentStanding, consentStandings, isConsentInForce, latestConsent } from './consent-records';
import { at, consent, SCHOOL } from './spec-fixtures';

const scope = { schoolId: SCHOOL, pupilId: 'pupil-1', parentIds: ['mum', 'dad'], now: at('2026-11-10T10:00:00Z') };

describe('parent consents', () => {
	it('is not in force until someone answers', () => {
		expect(consentStanding([], 'photographs', scope)).toEqual({ kind: 'photographs', state: 'not-asked', record: null });
		expect(isConsentInForce([], 'photographs', scope)).toBe(false);
	});

	it('lets the latest record win, whichever parent made it', () => {
		const given = consent('pupil-1', 'mum', 'photographs', 'given', at('2026-09-05T10:00:00Z'));
		const refused = consent('pupil-1', 'dad', 'photographs', 'refused', at('2026-10-05T10:00:00Z'));
		expect(latestConsent([refused, given], 'photographs', scope)).toBe(refused);
		expect(isConsentInForce([given, refused], 'photographs', scope)).toBe(false);
	});

	it('at the same instant, the record stored later wins', () => {
		const t = at('2026-09-05T10:00:00Z');
		const first = consent('pupil-1', 'mum', 'photographs', 'given', t);
		const second = consent('pupil-1', 'mum', 'photographs', 'refused', t);
		expect(latestConsent([first, second], 'photographs', scope)).toBe(second);
	});

	it('ignores records by adults not linked to the pupil, for other pupils, other schools, or dated later', () => {
		const t = at('2026-09-05T10:00:00Z');
		const records = [
			consent('pupil-1', 'stranger', 'photographs', 'given', t),
			consent('pupil-2', 'mum', 'photographs', 'given', t),
			consent('pupil-1', 'mum', 'photographs', 'given', t, 'school-2'),
			consent('pupil-1', 'mum', 'photographs', 'given', at('2026-12-01T10:00:00Z'))
		];
		expect(consentStanding(records, 'photographs', scope).state).toBe('not-asked');
	});

	it('keeps each kind separate', () => {
		const t = at('2026-09-05T10:00:00Z');
		const states = consentStandings(
			[consent('pupil-1', 'mum', 'publish-work-to-family', 'given', t), consent('pupil-1', 'mum', 'photographs', 'refused', t)],
			scope
		);
		expect(Object.fromEntries(Object.entries(states).map(([k, v]) => [k, v.state]))).toEqual({
			'messaging-internet': 'not-asked',
			'publish-work-to-family': 'given',
			photographs: 'refused',
			'school-website': 'not-asked',
			press: 'not-asked',
			'high-profile-use': 'not-asked'
		});
	});
});
