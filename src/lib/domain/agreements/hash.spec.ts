import { describe, expect, it } from 'vitest';
import { renderAgreementText } from './canonical-text';
import { PUPIL_YOUNGER_AGREEMENT } from './default-texts';
import { canonicaliseText, hashAgreementText, sha256Hex } from './hash';

describe('sha256Hex', () => {
	it('matches the standard test vector', () => {
		expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
	});
});

describe('hashAgreementText', () => {
	it('is 64 lower-case hex characters', () => {
		expect(hashAgreementText('Be kind.')).toMatch(/^[0-9a-f]{64}$/);
	});

	it('ignores line endings, trailing spaces and blank lines at the ends', () => {
		const a = hashAgreementText('Title\n\nBe kind.\nTell an adult.');
		expect(hashAgreementText('\r\nTitle  \r\n\r\nBe kind.\t\r\nTell an adult.\n\n')).toBe(a);
	});

	it('treats composed and decomposed accents as the same text', () => {
		expect(hashAgreementText('caf\u00e9')).toBe(hashAgreementText('cafe\u0301'));
	});

	it('changes when a word changes', () => {
		expect(hashAgreementText('Be kind.')).not.toBe(hashAgreementText('Be kinder.'));
	});

	it('hashes structured text as its canonical rendering', () => {
		expect(hashAgreementText(PUPIL_YOUNGER_AGREEMENT)).toBe(sha256Hex(canonicaliseText(renderAgreementText(PUPIL_YOUNGER_AGREEMENT))));
	});

	it('covers the picture descriptions, so changing one asks for a new hash', () => {
		const [first, ...rest] = PUPIL_YOUNGER_AGREEMENT.items;
		const changed = {
			...PUPIL_YOUNGER_AGREEMENT,
			items: [{ ...first!, pictogram: { symbol: '🙋', alt: 'Something else' } }, ...rest]
		};
		expect(hashAgreementText(changed)).not.toBe(hashAgreementText(PUPIL_YOUNGER_AGREEMENT));
	});
});

describe('renderAgreementText', () => {
	it('numbers the rules and includes headings and picture descriptions', () => {
		const text = renderAgreementText({
			title: 'Rules',
			intro: 'Read these.',
			items: [
				{ id: 'a', text: 'Be kind.', pictogram: { symbol: '💛', alt: 'A heart' } },
				{ id: 'b', heading: 'Telling', text: 'Tell an adult.' }
			],
			closing: 'Thank you.'
		});
		expect(text).toBe('Rules\n\nRead these.\n\n1. Be kind.\n   [picture 💛: A heart]\n2. Telling: Tell an adult.\n\nThank you.');
	});
});
