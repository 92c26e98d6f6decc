// Names of the agreements and consent states as staff and families read them.
import type { AgreementKind } from '$lib/domain/agreements/types';

export const KIND_LABELS: Record<AgreementKind, string> = {
	'pupil-younger': 'Pupil agreement (Reception to Year 2)',
	'pupil-older': 'Pupil agreement (Years 3 to 6)',
	parent: 'Parent and carer agreement',
	staff: 'Staff agreement'
};

export const STANDING_LABELS: Record<string, string> = {
	signed: 'Signed',
	'needs-resign': 'Must sign the new version',
	'signed-last-year': 'Signed last year only',
	unsigned: 'Not signed',
	'no-agreement-published': 'No agreement published'
};

export const CONSENT_STATE_LABELS: Record<string, string> = {
	given: 'Yes',
	refused: 'No',
	'not-asked': 'Not answered'
};
