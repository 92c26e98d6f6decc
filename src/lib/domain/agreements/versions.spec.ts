import { describe, expect, it } from 'vitest';
import { DEFAULT_AGREEMENT_TEXTS, PUPIL_YOUNGER_AGREEMENT } from './default-texts';
import { hashAgreementText } from './hash';
import { at, doc, SCHOOL } from './spec-fixtures';
import { currentDocument, prepareNewVersion, validateAgreementText } from './versions';

const publish = {
	id: 'doc-new',
	schoolId: SCHOOL,
	publishedBy: 'admin-1',
	publishedAt: at('2026-10-01T09:00:00+01:00')
};

describe('currentDocument', () => {
	it('is the highest published version of that school and kind', () => {
		const v1 = doc('parent', 1);
		const v2 = doc('parent', 2, { publishedAt: at('2026-09-20T09:00:00+01:00') });
		const scheduled = doc('parent', 3, { publishedAt: at('2027-01-01T09:00:00Z') });
		const elsewhere = doc('parent', 9, { schoolId: 'school-2' });
		expect(currentDocument([v2, scheduled, v1, elsewhere], SCHOOL, 'parent', at('2026-10-01T09:00:00Z'))).toBe(v2);
		expect(currentDocument([v1], SCHOOL, 'staff', at('2026-10-01T09:00:00Z'))).toBeNull();
	});
});

describe('prepareNewVersion', () => {
	it('numbers the first version 1 and stores the hash of its text', () => {
		const result = prepareNewVersion({ ...publish, kind: 'staff', text: DEFAULT_AGREEMENT_TEXTS.staff, requiresResign: false, existing: [] });
		expect(result).toMatchObject({ ok: true, document: { version: 1, textHash: hashAgreementText(DEFAULT_AGREEMENT_TEXTS.staff) } });
	});

	it('publishes the next version with the admin’s re-sign choice, leaving old versions alone', () => {
		const v1 = doc('staff', 1);
		const v2 = doc('staff', 2);
		const text = { ...DEFAULT_AGREEMENT_TEXTS.staff, intro: 'New words.' };
		const result = prepareNewVersion({ ...publish, kind: 'staff', text, requiresResign: true, existing: [v1, v2, doc('parent', 5)] });
		expect(result).toMatchObject({ ok: true, document: { version: 3, requiresResign: true, kind: 'staff' } });
		expect(v1.version).toBe(1);
	});

	it('refuses to publish identical text', () => {
		const v1 = doc('staff', 1);
		const result = prepareNewVersion({ ...publish, kind: 'staff', text: v1.text, requiresResign: true, existing: [v1] });
		expect(result).toMatchObject({ ok: false, issues: [{ code: 'unchanged' }] });
	});

	it('refuses a younger pupils’ rule without a picture or that is too long', () => {
		const text = {
			...PUPIL_YOUNGER_AGREEMENT,
			items: [
				{ id: 'no-picture', text: 'I am kind.' },
				{
					id: 'too-long',
					text: 'I will always remember to be very kind to every single person I ever talk to on here or anywhere.',
					pictogram: { symbol: '💛', alt: 'A heart' }
				}
			]
		};
		const result = prepareNewVersion({ ...publish, kind: 'pupil-younger', text, requiresResign: false, existing: [] });
		expect(result).toMatchObject({
			ok: false,
			issues: [
				{ code: 'missing-pictogram', itemId: 'no-picture' },
				{ code: 'rule-too-long', itemId: 'too-long' }
			]
		});
	});
});

describe('validateAgreementText', () => {
	it('names empty parts and duplicate rule ids', () => {
		const issues = validateAgreementText('parent', {
			title: ' ',
			intro: 'Hello',
			items: [
				{ id: 'a', text: 'One' },
				{ id: 'a', text: 'Two' }
			],
			closing: ''
		});
		expect(issues.map((i) => i.code)).toEqual(['empty-title', 'empty-closing', 'duplicate-item-id']);
		expect(validateAgreementText('staff', { title: 'T', intro: 'I', items: [], closing: 'C' }).map((i) => i.code)).toEqual(['no-items']);
	});
});
