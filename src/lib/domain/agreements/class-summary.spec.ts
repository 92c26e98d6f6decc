import { describe, expect, it } from 'vitest';
import { buildClassSummary, type ClassPupil } from './class-summary';
import { at, consent, doc, pause, sign, SCHOOL } from './spec-fixtures';

const now = at('2026-11-10T10:00:00Z');
const sept = at('2026-09-08T10:00:00+01:00');
const younger = doc('pupil-younger', 1);
const older = doc('pupil-older', 1);
const parentDoc = doc('parent', 1);
const documents = [younger, older, parentDoc];

const pupils: ClassPupil[] = [
	{ id: 'amira', firstName: 'Amira', yearGroup: 4, parentIds: ['amira-mum', 'amira-dad'] },
	{ id: 'ben', firstName: 'Ben', yearGroup: 4, parentIds: ['ben-carer'] },
	{ id: 'cleo', firstName: 'Cleo', yearGroup: 4, parentIds: [] },
	{ id: 'dev', firstName: 'Dev', yearGroup: 1, parentIds: ['dev-mum'] }
];

const signatures = [
	sign(older, { id: 'amira', role: 'pupil' }, 'amira', sept),
	sign(parentDoc, { id: 'amira-dad', role: 'parent' }, 'amira', sept),
	sign(older, { id: 'ben', role: 'pupil' }, 'ben', at('2026-06-01T10:00:00+01:00')),
	sign(parentDoc, { id: 'ben-carer', role: 'parent' }, 'ben', sept),
	sign(younger, { id: 'dev', role: 'pupil' }, 'dev', sept)
];
const consents = [
	consent('amira', 'amira-mum', 'messaging-internet', 'given', sept),
	consent('amira', 'amira-mum', 'photographs', 'refused', sept),
	consent('ben', 'ben-carer', 'messaging-internet', 'given', sept),
	consent('ben', 'ben-carer', 'messaging-internet', 'refused', at('2026-10-01T10:00:00+01:00')),
	consent('dev', 'dev-mum', 'publish-work-to-family', 'given', sept)
];

describe('buildClassSummary', () => {
	const summary = buildClassSummary({ schoolId: SCHOOL, pupils, documents, signatures, consents, now });
	const row = (id: string) => summary.rows.find((r) => r.pupilId === id)!;

	it('keeps roster order and shows first names only', () => {
		expect(summary.academicYear).toBe('2026/27');
		expect(summary.rows.map((r) => r.firstName)).toEqual(['Amira', 'Ben', 'Cleo', 'Dev']);
	});

	it('shows a fully signed pupil as able to message, and which parent signed', () => {
		expect(row('amira')).toMatchObject({
			agreementKind: 'pupil-older',
			pupil: { state: 'signed', version: 1, method: 'online' },
			parent: { state: 'signed', signedBy: 'amira-dad' },
			consents: { 'messaging-internet': 'given', 'publish-work-to-family': 'not-asked', photographs: 'refused' },
			canMessage: true,
			missing: []
		});
	});

	it('shows last year’s pupil signature and a withdrawn consent', () => {
		expect(row('ben')).toMatchObject({
			pupil: { state: 'signed-last-year' },
			parent: { state: 'signed' },
			consents: { 'messaging-internet': 'refused' },
			canMessage: false,
			missing: ['pupil-agreement', 'parent-consent']
		});
	});

	it('flags a pupil with no linked parent', () => {
		expect(row('cleo')).toMatchObject({
			hasLinkedParent: false,
			pupil: { state: 'unsigned', signedAt: null },
			parent: { state: 'unsigned' },
			missing: ['pupil-agreement', 'parent-agreement', 'parent-consent']
		});
	});

	it('uses the younger agreement for Key Stage 1', () => {
		expect(row('dev')).toMatchObject({ agreementKind: 'pupil-younger', pupil: { state: 'signed' } });
	});

	it('counts the class and lists whom to chase', () => {
		expect(summary.totals).toEqual({ pupils: 4, pupilSigned: 2, parentSigned: 2, messagingConsentGiven: 1, canMessage: 1 });
		expect(summary.pupilsToSign).toEqual(['ben', 'cleo']);
		// Ben's family answered (no): not a forgotten form, so no reminder.
		expect(summary.familiesToRemind).toEqual(['cleo', 'dev']);
	});

	it('agrees with the gate about pauses', () => {
		const paused = buildClassSummary({
			schoolId: SCHOOL,
			pupils,
			documents,
			signatures,
			consents,
			pauses: [pause('amira', at('2026-11-09T09:00:00Z'), at('2026-11-20T09:00:00Z'))],
			now
		});
		expect(paused.rows[0]).toMatchObject({ canMessage: false, missing: ['paused'] });
	});
});
