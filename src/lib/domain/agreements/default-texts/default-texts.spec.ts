import { describe, expect, it } from 'vitest';
import { hashAgreementText } from '../hash';
import { AGREEMENT_KINDS, CONSENT_KINDS } from '../types';
import { validateAgreementText } from '../versions';
import { CONSENT_WORDING, DEFAULT_AGREEMENT_TEXTS, renderAgreementText } from './index';

const plain = (kind: keyof typeof DEFAULT_AGREEMENT_TEXTS): string => renderAgreementText(DEFAULT_AGREEMENT_TEXTS[kind]).toLowerCase();

describe('default agreement texts', () => {
	it.each(AGREEMENT_KINDS)('%s passes the publishing checks and has a stable hash', (kind) => {
		expect(validateAgreementText(kind, DEFAULT_AGREEMENT_TEXTS[kind])).toEqual([]);
		expect(hashAgreementText(DEFAULT_AGREEMENT_TEXTS[kind])).toMatch(/^[0-9a-f]{64}$/);
	});

	it('gives every younger rule a picture with a description', () => {
		for (const item of DEFAULT_AGREEMENT_TEXTS['pupil-younger'].items) {
			expect(item.pictogram?.symbol).toBeTruthy();
			expect(item.pictogram?.alt.length).toBeGreaterThan(3);
		}
	});

	it.each(['pupil-younger', 'pupil-older'] as const)('%s covers what the school policies ask of pupils', (kind) => {
		const text = plain(kind);
		expect(text).toMatch(/teacher (chose|has said yes)/); // school-approved sites and apps
		expect(text).toContain('log');
		expect(text).toContain('private');
		expect(text).toContain('kind');
		expect(text).toMatch(/tell a (grown-up|trusted adult)/);
		expect(text).toMatch(/never (go to|agree to) meet/);
		expect(text).toMatch(/(teachers look at|school can see) what i/);
	});

	it('asks families to support the rules at home and explains consents and monitoring', () => {
		const text = plain('parent');
		expect(text).toContain('at home');
		expect(text).toContain('read my child’s agreement with them');
		expect(text).toContain('photographs');
		expect(text).toContain('change any of these answers');
		expect(text).toContain('teacher reads every message');
	});

	it('covers professional conduct, data protection, reporting, monitoring and the 10-minute lock for staff', () => {
		const text = plain('staff');
		expect(text).toContain('professional conduct');
		expect(text).toContain('data protection');
		expect(text).toContain('designated safeguarding lead');
		expect(text).toContain('recorded and may be checked');
		expect(text).toContain('10 minutes');
	});

	it('words every consent with what a "no" means', () => {
		for (const kind of CONSENT_KINDS) {
			expect(CONSENT_WORDING[kind].question).toMatch(/\?$/);
			expect(CONSENT_WORDING[kind].ifRefused.length).toBeGreaterThan(10);
		}
	});
});
