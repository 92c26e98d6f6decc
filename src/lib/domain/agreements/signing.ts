/**
 * Making a signature.
 *
 * Owns: only the current version can be signed; pupils sign their own
 * agreement, parents sign the parent agreement only for their own linked
 * child, staff sign their own; a younger pupil signing online ticks every
 * rule with a named adult beside them; a paper form must name the member of
 * staff who recorded it; the signature carries the hash of the exact text
 * shown. Signatures are built once here and never edited afterwards.
 */
import { hashAgreementText } from './hash';
import { currentDocument } from './versions';
import type { AgreementDocument, Signature, SignatureMethod, SignerRole } from './types';

export interface SignInput {
	id: string;
	schoolId: string;
	/** The version that was shown to the signer. */
	document: AgreementDocument;
	/** All of the school's versions, to check the shown one is still current. */
	documents: readonly AgreementDocument[];
	signerId: string;
	signerRole: SignerRole;
	subjectId: string;
	/** For the parent agreement: the parents and carers linked to the pupil. */
	subjectParentIds?: readonly string[];
	signedAt: Date;
	method: SignatureMethod;
	recordedBy?: string;
	witnessedBy?: string;
	tickedItemIds?: readonly string[];
}

export type SignError =
	'other-school' | 'not-current-version' | 'text-changed' | 'wrong-signer' | 'not-linked-parent' | 'missing-witness' | 'rules-not-ticked' | 'missing-recorder';

export type SignResult = { ok: true; signature: Signature } | { ok: false; error: SignError };

function checkSigner(input: SignInput): SignError | null {
	const { kind } = input.document;
	if (kind === 'parent') {
		if (input.signerRole !== 'parent' || input.signerId === input.subjectId) return 'wrong-signer';
		if (!(input.subjectParentIds ?? []).includes(input.signerId)) return 'not-linked-parent';
		return null;
	}
	const role: SignerRole = kind === 'staff' ? 'staff' : 'pupil';
	if (input.signerRole !== role || input.signerId !== input.subjectId) return 'wrong-signer';
	return null;
}

function checkYoungerPupil(input: SignInput): SignError | null {
	if (input.document.kind !== 'pupil-younger' || input.method !== 'online') return null;
	if (!input.witnessedBy) return 'missing-witness';
	const ticked = new Set(input.tickedItemIds ?? []);
	if (!input.document.text.items.every((item) => ticked.has(item.id))) return 'rules-not-ticked';
	return null;
}

/** The signature to store, or the first reason it cannot be made. */
export function prepareSignature(input: SignInput): SignResult {
	const { document } = input;
	if (document.schoolId !== input.schoolId) return { ok: false, error: 'other-school' };
	const current = currentDocument(input.documents, input.schoolId, document.kind, input.signedAt);
	if (!current || current.id !== document.id) return { ok: false, error: 'not-current-version' };
	const textHash = hashAgreementText(document.text);
	if (textHash !== document.textHash) return { ok: false, error: 'text-changed' };
	const problem = checkSigner(input) ?? checkYoungerPupil(input) ?? (input.method === 'paper' && !input.recordedBy ? 'missing-recorder' : null);
	if (problem) return { ok: false, error: problem };
	const signature: Signature = {
		id: input.id,
		schoolId: input.schoolId,
		documentId: document.id,
		kind: document.kind,
		version: document.version,
		textHash,
		signerId: input.signerId,
		signerRole: input.signerRole,
		subjectId: input.subjectId,
		signedAt: input.signedAt,
		method: input.method,
		...(input.recordedBy ? { recordedBy: input.recordedBy } : {}),
		...(input.witnessedBy ? { witnessedBy: input.witnessedBy } : {}),
		...(input.tickedItemIds ? { tickedItemIds: [...input.tickedItemIds] } : {})
	};
	return { ok: true, signature };
}
