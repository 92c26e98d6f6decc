import { describe, expect, it } from 'vitest';
import { MAX_REASON_TEXT_LENGTH, REJECTION_REASONS, childFacingMessage, validateRejectionReason } from './reasons';

describe('rejection reasons', () => {
	it('offers the four kind reasons plus other, each with a child sentence', () => {
		expect(REJECTION_REASONS.map((r) => r.code)).toEqual(['personal-information', 'might-upset', 'check-spelling', 'off-topic', 'other']);
		expect(REJECTION_REASONS[0]?.childMessage).toContain('This has personal information in it');
		expect(REJECTION_REASONS[2]?.childMessage).toBe('Please check your spelling and try again.');
	});

	it('accepts a listed code with optional text, trimming it', () => {
		expect(validateRejectionReason('off-topic')).toEqual({ ok: true, value: { code: 'off-topic', text: null } });
		expect(validateRejectionReason('might-upset', '  Try again  ')).toEqual({
			ok: true,
			value: { code: 'might-upset', text: 'Try again' }
		});
	});

	it('allows exactly 300 characters and refuses 301', () => {
		expect(validateRejectionReason('other', 'a'.repeat(MAX_REASON_TEXT_LENGTH)).ok).toBe(true);
		expect(validateRejectionReason('other', 'a'.repeat(MAX_REASON_TEXT_LENGTH + 1)).ok).toBe(false);
	});

	it('refuses unknown codes, a bare "other" and hidden control characters', () => {
		expect(validateRejectionReason('rude').ok).toBe(false);
		expect(validateRejectionReason(undefined).ok).toBe(false);
		expect(validateRejectionReason('other', '   ').ok).toBe(false);
		expect(validateRejectionReason('off-topic', 'hi\u0000there').ok).toBe(false);
		expect(validateRejectionReason('off-topic', 'line one\nline two').ok).toBe(true);
	});

	it('shows the child the kind sentence, then the teacher note', () => {
		expect(childFacingMessage({ code: 'check-spelling', text: null })).toBe('Please check your spelling and try again.');
		expect(childFacingMessage({ code: 'check-spelling', text: 'Look at “because”.' })).toBe('Please check your spelling and try again. Look at “because”.');
		expect(childFacingMessage({ code: 'other', text: 'Let’s talk at break.' })).toBe('Let’s talk at break.');
	});
});
