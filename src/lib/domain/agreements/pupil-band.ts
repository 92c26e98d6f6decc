/**
 * Which pupil agreement a pupil signs.
 *
 * Owns: Reception to Year 2 (Key Stage 1, about ages 4–7) sign the younger,
 * picture-supported agreement with an adult; Years 3 to 6 (Key Stage 2,
 * about ages 7–11) sign the older one. Year group, not birthday, decides,
 * so a whole class signs the same text together.
 */
import type { PupilAgreementKind } from './types';

/** Reception is year group 0. The last year group that signs the younger agreement. */
export const LAST_YOUNGER_YEAR_GROUP = 2;

export function pupilAgreementKindFor(yearGroup: number): PupilAgreementKind {
	if (!Number.isInteger(yearGroup) || yearGroup < 0 || yearGroup > 6) {
		throw new RangeError(`pupilAgreementKindFor: year group must be 0 (Reception) to 6, got ${yearGroup}`);
	}
	return yearGroup <= LAST_YOUNGER_YEAR_GROUP ? 'pupil-younger' : 'pupil-older';
}
