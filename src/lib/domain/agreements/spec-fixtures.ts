/**
 * Builders shared by this domain's specs. Imported only by *.spec.ts files.
 */
import { DEFAULT_AGREEMENT_TEXTS } from './default-texts';
import { hashAgreementText } from './hash';
import type { AgreementDocument, AgreementKind, ConsentKind, ConsentRecord, MessagingPause, Signature, SignerRole } from './types';

export const SCHOOL = 'school-1';

/** A UK wall-clock time, written with its UTC offset by the caller: keeps the specs honest about BST. */
export const at = (iso: string): Date => new Date(iso);

let counter = 0;
const nextId = (prefix: string): string => `${prefix}-${++counter}`;

export function doc(
	kind: AgreementKind,
	version: number,
	options: { requiresResign?: boolean; publishedAt?: Date; schoolId?: string } = {}
): AgreementDocument {
	const base = DEFAULT_AGREEMENT_TEXTS[kind];
	const text = version === 1 ? base : { ...base, closing: `${base.closing} (version ${version})` };
	return {
		id: `${options.schoolId ?? SCHOOL}-${kind}-v${version}`,
		schoolId: options.schoolId ?? SCHOOL,
		kind,
		version,
		text,
		textHash: hashAgreementText(text),
		requiresResign: options.requiresResign ?? false,
		publishedAt: options.publishedAt ?? at('2024-07-01T09:00:00+01:00'),
		publishedBy: 'admin-1'
	};
}

export function sign(document: AgreementDocument, signer: { id: string; role: SignerRole }, subjectId: string, signedAt: Date): Signature {
	return {
		id: nextId('sig'),
		schoolId: document.schoolId,
		documentId: document.id,
		kind: document.kind,
		version: document.version,
		textHash: document.textHash,
		signerId: signer.id,
		signerRole: signer.role,
		subjectId,
		signedAt,
		method: 'online'
	};
}

export function consent(
	pupilId: string,
	parentId: string,
	kind: ConsentKind,
	decision: 'given' | 'refused',
	recordedAt: Date,
	schoolId = SCHOOL
): ConsentRecord {
	return { id: nextId('consent'), schoolId, pupilId, parentId, kind, decision, recordedAt, method: 'online' };
}

export function pause(pupilId: string, startsAt: Date, endsAt: Date, liftedAt?: Date): MessagingPause {
	return { id: nextId('pause'), pupilId, startsAt, endsAt, ...(liftedAt ? { liftedAt } : {}), reason: 'Unkind messages' };
}
