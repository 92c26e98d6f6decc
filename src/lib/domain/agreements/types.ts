/**
 * Agreements and consents: the shared vocabulary.
 *
 * Owns the shapes every other module in this domain speaks: agreement kinds
 * and their versioned documents, signatures (append-only, never edited),
 * parent consent records (append-only, latest wins), messaging pauses and the
 * gate results. Database rows are mapped to these before calling the domain,
 * so the rules never depend on how they are stored. Ids are strings.
 */

/** The four agreements a school keeps. Younger is for ages 5–7, older for 7–11. */
export type AgreementKind = 'pupil-younger' | 'pupil-older' | 'parent' | 'staff';

export type PupilAgreementKind = Extract<AgreementKind, 'pupil-younger' | 'pupil-older'>;

export const AGREEMENT_KINDS: readonly AgreementKind[] = ['pupil-younger', 'pupil-older', 'parent', 'staff'];

/** Who puts their name to a signature. */
export type SignerRole = 'pupil' | 'parent' | 'staff';

/**
 * A picture beside a rule for children who are still learning to read. The
 * alt text is what a screen reader says and what the adult reads aloud, so it
 * describes the meaning, not the drawing.
 */
export interface Pictogram {
	symbol: string;
	alt: string;
}

/** One rule (pupil agreements) or one section (parent and staff agreements). */
export interface AgreementItem {
	/** Stable within a document, so a younger pupil's ticks can name the rules. */
	id: string;
	heading?: string;
	text: string;
	pictogram?: Pictogram;
}

/** The structured text of one version; rendered to canonical plain text for hashing. */
export interface AgreementText {
	title: string;
	intro: string;
	items: readonly AgreementItem[];
	closing: string;
}

/** One published version of one school's agreement. Versions are never changed, only added. */
export interface AgreementDocument {
	id: string;
	schoolId: string;
	kind: AgreementKind;
	/** 1, 2, 3… per school and kind. */
	version: number;
	text: AgreementText;
	/** Hex SHA-256 of the canonical text, fixed when the version is published. */
	textHash: string;
	/** When true, signatures of any earlier version stop counting once this one is current. */
	requiresResign: boolean;
	publishedAt: Date;
	publishedBy: string;
}

/** Online in the app, or a paper form a member of staff recorded on the family's behalf. */
export type SignatureMethod = 'online' | 'paper';

/** Who signed which version, for whom, and when. Append-only: never edited or deleted by the app. */
export interface Signature {
	id: string;
	schoolId: string;
	documentId: string;
	kind: AgreementKind;
	version: number;
	/** Hex SHA-256 of the text that was shown, so a later change to the row is detectable. */
	textHash: string;
	signerId: string;
	signerRole: SignerRole;
	/** The person the signature is for: the pupil (pupil and parent agreements) or the staff member. */
	subjectId: string;
	signedAt: Date;
	method: SignatureMethod;
	/** The member of staff who typed in a paper form. */
	recordedBy?: string;
	/** Younger pupils tick each rule with an adult beside them: the adult's id. */
	witnessedBy?: string;
	/** Younger pupils: the rule ids they ticked. */
	tickedItemIds?: readonly string[];
}

/** What a parent is asked, separately from the parent agreement. */
export type ConsentKind = 'messaging-internet' | 'publish-work-to-family' | 'photographs' | 'school-website' | 'press' | 'high-profile-use';

export const CONSENT_KINDS: readonly ConsentKind[] = [
	'messaging-internet',
	'publish-work-to-family',
	'photographs',
	'school-website',
	'press',
	'high-profile-use'
];

export type ConsentDecision = 'given' | 'refused';

/** One answer to one consent question. Withdrawing is a new record; the latest record wins. */
export interface ConsentRecord {
	id: string;
	schoolId: string;
	pupilId: string;
	parentId: string;
	kind: ConsentKind;
	decision: ConsentDecision;
	recordedAt: Date;
	method: SignatureMethod;
	recordedBy?: string;
}

/** A sanction that stops a pupil's chat, class email and sharing for a while. */
export interface MessagingPause {
	id: string;
	pupilId: string;
	startsAt: Date;
	endsAt: Date;
	/** Set when staff end the pause early. */
	liftedAt?: Date;
	reason?: string;
}

export type GateReasonCode = 'pupil-agreement' | 'parent-agreement' | 'parent-consent' | 'paused';

/** Why a gate is closed, said twice: once for the child, once for staff. */
export interface GateReason {
	code: GateReasonCode;
	/** Kind words a seven-year-old understands. */
	forPupil: string;
	/** Precise words for the teacher or DSL. */
	forStaff: string;
}

export interface PupilAccess {
	open: boolean;
	missing: GateReason[];
}

export interface StaffGateReason {
	/** 'policy-acknowledgement': a new version of a school policy is past its grace period. */
	code: 'staff-agreement' | 'policy-acknowledgement';
	explanation: string;
}

export interface StaffAccess {
	open: boolean;
	missing: StaffGateReason[];
}
