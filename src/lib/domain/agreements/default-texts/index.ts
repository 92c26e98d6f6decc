/**
 * The project's default agreement texts, by kind.
 *
 * Owns the starting point a new school gets: version 1 of each agreement.
 * A school's admin then publishes its own versions; these are never edited
 * in place once a school has signatures against them.
 */
import type { AgreementKind, AgreementText } from '../types';
import { PUPIL_YOUNGER_AGREEMENT } from './pupil-younger';
import { PUPIL_OLDER_AGREEMENT } from './pupil-older';
import { PARENT_AGREEMENT } from './parent';
import { STAFF_AGREEMENT } from './staff';

export { PUPIL_YOUNGER_AGREEMENT, PUPIL_OLDER_AGREEMENT, PARENT_AGREEMENT, STAFF_AGREEMENT };
export { CONSENT_WORDING, type ConsentWording } from './consents';
export { renderAgreementText } from '../canonical-text';

export const DEFAULT_AGREEMENT_TEXTS: Readonly<Record<AgreementKind, AgreementText>> = {
	'pupil-younger': PUPIL_YOUNGER_AGREEMENT,
	'pupil-older': PUPIL_OLDER_AGREEMENT,
	parent: PARENT_AGREEMENT,
	staff: STAFF_AGREEMENT
};

/** The default text for a kind. */
export function defaultAgreementText(kind: AgreementKind): AgreementText {
	return DEFAULT_AGREEMENT_TEXTS[kind];
}
