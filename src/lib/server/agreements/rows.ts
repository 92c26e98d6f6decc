// Maps agreement rows to the domain's types, so the rules in src/lib/domain/agreements
// never depend on how they are stored. Nullable columns become absent optional fields.
import type { AgreementDocumentRow, AgreementSignatureRow, MessagingPauseRow, ParentConsentRow, ParentInvitationRow } from '../db/schema';
import type { AgreementDocument, ConsentRecord, MessagingPause, Signature } from '../../domain/agreements/types';
import type { Invitation } from '../../domain/agreements/invitation-codes';

/** Who published the project's default text: nobody in the school, so a fixed marker. */
export const DEFAULT_PUBLISHER = 'default-text';

export function toDocument(row: AgreementDocumentRow): AgreementDocument {
	return {
		id: row.id,
		schoolId: row.schoolId,
		kind: row.kind,
		version: row.version,
		text: row.text,
		textHash: row.textHash,
		requiresResign: row.requiresResign,
		publishedAt: row.publishedAt,
		publishedBy: row.publishedBy ?? DEFAULT_PUBLISHER
	};
}

export function toSignature(row: AgreementSignatureRow): Signature {
	return {
		id: row.id,
		schoolId: row.schoolId,
		documentId: row.documentId,
		kind: row.kind,
		version: row.version,
		textHash: row.textHash,
		signerId: row.signerId,
		signerRole: row.signerRole,
		subjectId: row.subjectId,
		signedAt: row.signedAt,
		method: row.method,
		...(row.recordedBy ? { recordedBy: row.recordedBy } : {}),
		...(row.witnessedBy ? { witnessedBy: row.witnessedBy } : {}),
		...(row.tickedItemIds ? { tickedItemIds: row.tickedItemIds } : {})
	};
}

/** The columns to insert for a prepared signature. */
export function signatureValues(s: Signature) {
	return {
		id: s.id,
		schoolId: s.schoolId,
		documentId: s.documentId,
		kind: s.kind,
		version: s.version,
		textHash: s.textHash,
		signerId: s.signerId,
		signerRole: s.signerRole,
		subjectId: s.subjectId,
		signedAt: s.signedAt,
		method: s.method,
		recordedBy: s.recordedBy ?? null,
		witnessedBy: s.witnessedBy ?? null,
		tickedItemIds: s.tickedItemIds ? [...s.tickedItemIds] : null
	};
}

export function toConsent(row: ParentConsentRow): ConsentRecord {
	return {
		id: row.id,
		schoolId: row.schoolId,
		pupilId: row.pupilId,
		parentId: row.parentId,
		kind: row.kind,
		decision: row.decision,
		recordedAt: row.recordedAt,
		method: row.method,
		...(row.recordedBy ? { recordedBy: row.recordedBy } : {})
	};
}

export function toPause(row: MessagingPauseRow): MessagingPause {
	return {
		id: row.id,
		pupilId: row.pupilId,
		startsAt: row.startsAt,
		endsAt: row.endsAt,
		...(row.liftedAt ? { liftedAt: row.liftedAt } : {}),
		...(row.reason ? { reason: row.reason } : {})
	};
}

export function toInvitation(row: ParentInvitationRow): Invitation {
	return {
		id: row.id,
		schoolId: row.schoolId,
		pupilId: row.pupilId,
		codeHash: row.codeHash,
		createdBy: row.createdBy ?? '',
		createdAt: row.createdAt,
		expiresAt: row.expiresAt,
		usedAt: row.usedAt,
		usedBy: row.usedBy,
		revokedAt: row.revokedAt
	};
}
