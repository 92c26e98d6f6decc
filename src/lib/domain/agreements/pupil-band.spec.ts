import { describe, expect, it } from 'vitest';
import { pupilAgreementKindFor } from './pupil-band';

describe('pupilAgreementKindFor', () => {
	it('gives Reception to Year 2 the younger agreement and Years 3 to 6 the older one', () => {
		expect([0, 1, 2, 3, 4, 5, 6].map(pupilAgreementKindFor)).toEqual([
			'pupil-younger',
			'pupil-younger',
			'pupil-younger',
			'pupil-older',
			'pupil-older',
			'pupil-older',
			'pupil-older'
		]);
	});

	it('refuses a year group outside primary school', () => {
		expect(() => pupilAgreementKindFor(7)).toThrow(RangeError);
		expect(() => pupilAgreementKindFor(-1)).toThrow(RangeError);
		expect(() => pupilAgreementKindFor(2.5)).toThrow(RangeError);
	});
});
