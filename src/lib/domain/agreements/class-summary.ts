/**
 * A teacher's view of one class: who has signed, which consents stand.
 *
 * Owns: one row per pupil, by first name only (the roster order the caller
 * gives), with the pupil's and the family's agreement standing, every
 * consent's state, and whether the messaging gate is open; counts for the
 * class; and the list of pupils whose family needs a reminder. Uses exactly
 * the same rules as the gate, so the list and the gate never disagree.
 */
import { academicYearOf } from '../calendar';
import { consentStandings, type ConsentState } from './consent-records';
import { evaluatePupilAccess } from './gate';
import { pupilAgreementKindFor } from './pupil-band';
import { CONSENT_KINDS } from './types';
import { standingFor, type SignatureStanding } from './validity';
import type { AgreementDocument, ConsentKind, ConsentRecord, GateReasonCode, MessagingPause, PupilAgreementKind, Signature } from './types';

export interface ClassPupil {
	id: string;
	firstName: string;
	/** Reception is 0. */
	yearGroup: number;
	parentIds: readonly string[];
}

export interface ClassSummaryInput {
	schoolId: string;
	pupils: readonly ClassPupil[];
	documents: readonly AgreementDocument[];
	signatures: readonly Signature[];
	consents: readonly ConsentRecord[];
	pauses?: readonly MessagingPause[];
	now: Date;
}

export type SummaryState = SignatureStanding['state'];

/** One agreement's standing for one pupil, flattened for a table. */
export interface StandingSummary {
	state: SummaryState;
	signedAt: Date | null;
	version: number | null;
	/** The signer's id: the pupil, or which parent or carer signed. */
	signedBy: string | null;
	method: Signature['method'] | null;
}

export interface ClassSummaryRow {
	pupilId: string;
	firstName: string;
	agreementKind: PupilAgreementKind;
	pupil: StandingSummary;
	parent: StandingSummary;
	consents: Record<ConsentKind, ConsentState>;
	hasLinkedParent: boolean;
	canMessage: boolean;
	missing: GateReasonCode[];
}

export interface ClassSummary {
	academicYear: string;
	rows: ClassSummaryRow[];
	totals: {
		pupils: number;
		pupilSigned: number;
		parentSigned: number;
		messagingConsentGiven: number;
		canMessage: number;
	};
	/** Pupils whose own signature is missing: to do together in class. */
	pupilsToSign: string[];
	/** Pupils whose family has not signed or not answered the messaging consent: to remind. */
	familiesToRemind: string[];
}

function summariseStanding(standing: SignatureStanding): StandingSummary {
	const signature = 'signature' in standing ? standing.signature : null;
	return {
		state: standing.state,
		signedAt: signature?.signedAt ?? null,
		version: signature?.version ?? null,
		signedBy: signature?.signerId ?? null,
		method: signature?.method ?? null
	};
}

function buildRow(pupil: ClassPupil, input: ClassSummaryInput): ClassSummaryRow {
	const { schoolId, now } = input;
	const kind = pupilAgreementKindFor(pupil.yearGroup);
	const mine = input.signatures.filter((s) => s.subjectId === pupil.id);
	const parents = new Set(pupil.parentIds);
	const own = standingFor(
		mine.filter((s) => s.signerRole === 'pupil' && s.signerId === pupil.id),
		input.documents,
		schoolId,
		kind,
		now
	);
	const family = standingFor(
		mine.filter((s) => s.signerRole === 'parent' && parents.has(s.signerId)),
		input.documents,
		schoolId,
		'parent',
		now
	);
	const consents = consentStandings(input.consents, { schoolId, pupilId: pupil.id, parentIds: pupil.parentIds, now });
	const access = evaluatePupilAccess({
		schoolId,
		pupilId: pupil.id,
		pupilAgreementKind: kind,
		parentIds: pupil.parentIds,
		documents: input.documents,
		signatures: mine,
		consents: input.consents,
		pauses: input.pauses ?? [],
		now
	});
	return {
		pupilId: pupil.id,
		firstName: pupil.firstName,
		agreementKind: kind,
		pupil: summariseStanding(own),
		parent: summariseStanding(family),
		consents: Object.fromEntries(CONSENT_KINDS.map((k) => [k, consents[k].state])) as Record<ConsentKind, ConsentState>,
		hasLinkedParent: pupil.parentIds.length > 0,
		canMessage: access.open,
		missing: access.missing.map((m) => m.code)
	};
}

/** The class list a teacher sees, in the order the pupils were given. */
export function buildClassSummary(input: ClassSummaryInput): ClassSummary {
	const rows = input.pupils.map((pupil) => buildRow(pupil, input));
	const count = (test: (row: ClassSummaryRow) => boolean): number => rows.filter(test).length;
	return {
		academicYear: academicYearOf(input.now).label,
		rows,
		totals: {
			pupils: rows.length,
			pupilSigned: count((r) => r.pupil.state === 'signed'),
			parentSigned: count((r) => r.parent.state === 'signed'),
			messagingConsentGiven: count((r) => r.consents['messaging-internet'] === 'given'),
			canMessage: count((r) => r.canMessage)
		},
		pupilsToSign: rows.filter((r) => r.pupil.state !== 'signed').map((r) => r.pupilId),
		// A refusal is a family's answer, not a forgotten form: only unanswered consent prompts a reminder.
		familiesToRemind: rows.filter((r) => r.parent.state !== 'signed' || r.consents['messaging-internet'] === 'not-asked').map((r) => r.pupilId)
	};
}
