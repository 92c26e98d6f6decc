import { describe, expect, it } from 'vitest';
import { prepareSignature, type SignInput } from './signing';
import { at, doc, SCHOOL } from './spec-fixtures';

const younger = doc('pupil-younger', 1);
const parentDoc = doc('parent', 1);
const staffDoc = doc('staff', 1);
const documents = [younger, parentDoc, staffDoc];
const when = at('2026-09-08T10:00:00+01:00');
const allRules = younger.text.items.map((i) => i.id);

function input(overrides: Partial<SignInput>): SignInput {
	return {
		id: 'sig-1',
		schoolId: SCHOOL,
		document: younger,
		documents,
		signerId: 'pupil-1',
		signerRole: 'pupil',
		subjectId: 'pupil-1',
		signedAt: when,
		method: 'online',
		witnessedBy: 'staff-1',
		tickedItemIds: allRules,
		...overrides
	};
}

describe('prepareSignature', () => {
	it('records who, for whom, which version, its text hash and when', () => {
		const result = prepareSignature(input({}));
		expect(result).toEqual({
			ok: true,
			signature: {
				id: 'sig-1',
				schoolId: SCHOOL,
				documentId: younger.id,
				kind: 'pupil-younger',
				version: 1,
				textHash: younger.textHash,
				signerId: 'pupil-1',
				signerRole: 'pupil',
				subjectId: 'pupil-1',
				signedAt: when,
				method: 'online',
				witnessedBy: 'staff-1',
				tickedItemIds: allRules
			}
		});
	});

	it('needs a younger pupil to tick every rule with an adult', () => {
		expect(prepareSignature(input({ witnessedBy: undefined }))).toEqual({ ok: false, error: 'missing-witness' });
		expect(prepareSignature(input({ tickedItemIds: allRules.slice(1) }))).toEqual({ ok: false, error: 'rules-not-ticked' });
	});

	it('lets a parent sign only for their own linked child', () => {
		const base = { document: parentDoc, signerRole: 'parent' as const, signerId: 'parent-1', subjectId: 'pupil-1' };
		expect(prepareSignature(input({ ...base, subjectParentIds: ['parent-1'] })).ok).toBe(true);
		expect(prepareSignature(input({ ...base, subjectParentIds: ['parent-2'] }))).toEqual({ ok: false, error: 'not-linked-parent' });
	});

	it('lets nobody sign someone else’s own agreement', () => {
		expect(prepareSignature(input({ signerId: 'pupil-2' }))).toEqual({ ok: false, error: 'wrong-signer' });
		expect(prepareSignature(input({ signerRole: 'parent', signerId: 'parent-1' }))).toEqual({ ok: false, error: 'wrong-signer' });
		expect(prepareSignature(input({ document: staffDoc, signerRole: 'staff', signerId: 'staff-1', subjectId: 'staff-2' }))).toEqual({
			ok: false,
			error: 'wrong-signer'
		});
	});

	it('refuses an out-of-date version, another school’s version, or altered text', () => {
		const v2 = doc('pupil-younger', 2, { publishedAt: at('2026-09-01T09:00:00+01:00') });
		expect(prepareSignature(input({ documents: [...documents, v2] }))).toEqual({ ok: false, error: 'not-current-version' });
		expect(prepareSignature(input({ schoolId: 'school-2' }))).toEqual({ ok: false, error: 'other-school' });
		const altered = { ...younger, text: { ...younger.text, title: 'Changed' } };
		expect(prepareSignature(input({ document: altered, documents: [altered, parentDoc, staffDoc] }))).toEqual({
			ok: false,
			error: 'text-changed'
		});
	});

	it('records a paper form only with the member of staff who entered it', () => {
		const paper = { method: 'paper' as const, witnessedBy: undefined, tickedItemIds: undefined };
		expect(prepareSignature(input(paper))).toEqual({ ok: false, error: 'missing-recorder' });
		expect(prepareSignature(input({ ...paper, recordedBy: 'staff-1' }))).toMatchObject({
			ok: true,
			signature: { method: 'paper', recordedBy: 'staff-1' }
		});
	});
});
