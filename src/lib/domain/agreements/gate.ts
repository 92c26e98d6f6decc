/**
 * The gates: may this pupil message, may this member of staff act?
 *
 * Owns: a pupil may use chat, class email and sharing only while (1) their
 * own signature of their pupil agreement counts, (2) a signature of the
 * parent agreement for them by one of their linked parents counts, (3) that
 * family's consent for messaging and the internet is in force, and (4) no
 * messaging pause is running. Every unmet condition is reported, not just
 * the first, so one screen can tell a teacher everything to chase. A member
 * of staff may moderate or see pupil data only while their own signature of
 * the staff agreement counts. Everything outside the pupil's or staff
 * member's school, family or own records is ignored, whatever the caller
 * passes in.
 */
import { consentStanding } from './consent-records';
import { describeStanding, parentAgreementReason, parentConsentReason, pausedReason, pupilAgreementReason, STAFF_WORDS } from './gate-messages';
import { standingFor } from './validity';
import { owedExplanation, type OwedAcknowledgement } from '../leadership/policies';
import type { AgreementDocument, ConsentRecord, GateReason, MessagingPause, PupilAccess, PupilAgreementKind, Signature, StaffAccess } from './types';

export interface PupilAccessInput {
	schoolId: string;
	pupilId: string;
	/** From the pupil's year group: see `pupilAgreementKindFor`. */
	pupilAgreementKind: PupilAgreementKind;
	/** The parents and carers linked to this pupil. */
	parentIds: readonly string[];
	documents: readonly AgreementDocument[];
	signatures: readonly Signature[];
	consents: readonly ConsentRecord[];
	pauses: readonly MessagingPause[];
	now: Date;
}

/** The running pause that ends last, if any. A lifted pause is over. */
export function activePause(pauses: readonly MessagingPause[], pupilId: string, now: Date): MessagingPause | null {
	const t = now.getTime();
	const running = pauses.filter(
		(p) => p.pupilId === pupilId && p.startsAt.getTime() <= t && t < p.endsAt.getTime() && !(p.liftedAt && p.liftedAt.getTime() <= t)
	);
	return running.reduce<MessagingPause | null>((last, p) => (!last || p.endsAt > last.endsAt ? p : last), null);
}

function pupilOwnSignatures(input: PupilAccessInput): Signature[] {
	return input.signatures.filter((s) => s.signerRole === 'pupil' && s.signerId === input.pupilId && s.subjectId === input.pupilId);
}

function parentSignatures(input: PupilAccessInput): Signature[] {
	const parents = new Set(input.parentIds);
	return input.signatures.filter((s) => s.signerRole === 'parent' && parents.has(s.signerId) && s.subjectId === input.pupilId);
}

/** Whether a pupil may chat, write class email and share work now, and what is missing if not. */
export function evaluatePupilAccess(input: PupilAccessInput): PupilAccess {
	const { schoolId, now } = input;
	const missing: GateReason[] = [];

	const own = standingFor(pupilOwnSignatures(input), input.documents, schoolId, input.pupilAgreementKind, now);
	if (own.state !== 'signed') missing.push(pupilAgreementReason(input.pupilAgreementKind, own, now));

	const family = standingFor(parentSignatures(input), input.documents, schoolId, 'parent', now);
	if (family.state !== 'signed') missing.push(parentAgreementReason(family, input.parentIds.length > 0, now));

	const consent = consentStanding(input.consents, 'messaging-internet', {
		schoolId,
		pupilId: input.pupilId,
		parentIds: input.parentIds,
		now
	});
	if (consent.state !== 'given') missing.push(parentConsentReason(consent));

	const pause = activePause(input.pauses, input.pupilId, now);
	if (pause) missing.push(pausedReason(pause));

	return { open: missing.length === 0, missing };
}

export interface StaffAccessInput {
	schoolId: string;
	staffId: string;
	documents: readonly AgreementDocument[];
	signatures: readonly Signature[];
	/** Policy versions this person still has to acknowledge (see leadership/policies.ts). */
	owedPolicies?: readonly OwedAcknowledgement[];
	now: Date;
}

/** Whether a member of staff may moderate and see pupil data now. */
export function evaluateStaffAccess(input: StaffAccessInput): StaffAccess {
	const own = input.signatures.filter((s) => s.signerRole === 'staff' && s.signerId === input.staffId && s.subjectId === input.staffId);
	const missing: StaffAccess['missing'] = [];
	const standing = standingFor(own, input.documents, input.schoolId, 'staff', input.now);
	if (standing.state !== 'signed') {
		missing.push({ code: 'staff-agreement', explanation: describeStanding(STAFF_WORDS, 'staff', standing, input.now) });
	}
	// Only versions past their grace period close the gate; newer ones are shown on the home page.
	const overdue = (input.owedPolicies ?? []).filter((o) => o.overdue);
	if (overdue.length > 0) missing.push({ code: 'policy-acknowledgement', explanation: owedExplanation(overdue) });
	return { open: missing.length === 0, missing };
}
