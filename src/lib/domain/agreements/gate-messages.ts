/**
 * The words a closed gate uses.
 *
 * Owns: every reason is said twice. The pupil's words are short, kind and
 * concrete, never blaming, never naming a family's choice (a child should not
 * hear "your parent said no"). The staff words say exactly what is missing so
 * a teacher knows whom to remind.
 */
import { academicYearOf, formatUkDate } from '../calendar';
import type { ConsentStanding } from './consent-records';
import type { SignatureStanding } from './validity';
import type { GateReason, MessagingPause, PupilAgreementKind } from './types';

const KIND_NAMES: Record<PupilAgreementKind | 'parent' | 'staff', string> = {
	'pupil-younger': 'pupil agreement (younger)',
	'pupil-older': 'pupil agreement (older)',
	parent: 'parent/carer agreement',
	staff: 'staff agreement'
};

/** How staff-facing text names the signer: "The pupil signed…", "The pupil has not signed…". */
export interface SignerWords {
	someone: string;
	nobody: string;
}

export const PUPIL_WORDS: SignerWords = { someone: 'The pupil', nobody: 'The pupil has not' };
export const PARENT_WORDS: SignerWords = { someone: 'A parent or carer', nobody: 'No parent or carer has' };
export const STAFF_WORDS: SignerWords = { someone: 'You', nobody: 'You have not' };

/** Staff-facing explanation of where a signature stands. */
export function describeStanding(who: SignerWords, kind: keyof typeof KIND_NAMES, standing: SignatureStanding, now: Date): string {
	const name = KIND_NAMES[kind];
	const year = academicYearOf(now).label;
	switch (standing.state) {
		case 'no-agreement-published':
			return `The school has not published a ${name} yet; an admin needs to publish one.`;
		case 'needs-resign':
			return `${who.someone} signed version ${standing.signature.version} of the ${name}, but a later version asks everyone to sign again (current: version ${standing.currentVersion}).`;
		case 'signed-last-year':
			return `${who.someone} last signed the ${name} on ${formatUkDate(standing.signature.signedAt)}; it must be signed again for ${year}.`;
		case 'unsigned':
			return `${who.nobody} signed the ${name} (version ${standing.currentVersion}) for ${year}.`;
		case 'signed':
			return `${who.someone} signed the ${name} on ${formatUkDate(standing.signature.signedAt)}.`;
	}
}

export function pupilAgreementReason(kind: PupilAgreementKind, standing: SignatureStanding, now: Date): GateReason {
	const changed = standing.state === 'needs-resign';
	const forPupil =
		kind === 'pupil-younger'
			? changed
				? 'Our class rules have changed a little. Let’s read them and tick them again with a grown-up.'
				: 'Let’s read our class rules together and tick them first.'
			: changed
				? 'Our class agreement has changed. Please read it and sign it again. Your teacher can help.'
				: 'Please read and sign our class agreement first. Your teacher can help.';
	return { code: 'pupil-agreement', forPupil, forStaff: describeStanding(PUPIL_WORDS, kind, standing, now) };
}

export function parentAgreementReason(standing: SignatureStanding, hasParents: boolean, now: Date): GateReason {
	return {
		code: 'parent-agreement',
		forPupil: 'A grown-up at home needs to sign the family agreement first.',
		forStaff: hasParents
			? describeStanding(PARENT_WORDS, 'parent', standing, now)
			: 'No parent or carer is linked to this pupil yet; send home an invitation code.'
	};
}

export function parentConsentReason(standing: ConsentStanding): GateReason {
	const forStaff =
		standing.state === 'refused' && standing.record
			? `A parent or carer refused consent for messaging and the internet on ${formatUkDate(standing.record.recordedAt)}.`
			: 'No parent or carer has given consent for messaging and the internet yet.';
	return {
		code: 'parent-consent',
		forPupil: 'A grown-up at home needs to say yes to class messages first.',
		forStaff
	};
}

export function pausedReason(pause: MessagingPause): GateReason {
	const why = pause.reason ? ` Reason: ${pause.reason}` : '';
	return {
		code: 'paused',
		forPupil: 'Your messages are having a little rest for now. Your teacher will tell you when they are back.',
		forStaff: `Messaging is paused until ${formatUkDate(pause.endsAt)}.${why}`
	};
}
