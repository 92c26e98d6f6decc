// Signing agreements online: staff sign their own, a pupil signs their own (a younger
// pupil ticks every rule with a named adult beside them), a parent signs for each linked
// child. The domain's prepareSignature decides; this module loads, stores and audits.
// Signatures are only ever inserted. Signing an agreement that already counts adds nothing.
import type { Database, Executor } from '../db';
import { agreementSignatures } from '../db/schema';
import type { Actor, Resource } from '../../domain/auth/permissions';
import {
	assessSignature,
	currentDocument,
	prepareSignature,
	type AgreementDocument,
	type AgreementKind,
	type SignError,
	type SignInput,
	type Signature
} from '../../domain/agreements';
import { assertCan, ownSchool } from '../auth/authorize';
import { pupilResource } from '../auth/resources';
import { recordAudit } from '../audit/record';
import { InputError, NotFoundError } from '../errors';
import { ensureAgreementDocuments } from './documents';
import { agreementKindForYear, parentIdsOf, pupilYearGroup } from './gate';
import { signatureValues, toSignature } from './rows';
import { and, eq } from 'drizzle-orm';
import { announceAccessChanged } from '../realtime/publish';

export const SIGN_ERROR_MESSAGES: Readonly<Record<SignError, [field: string, message: string]>> = {
	'other-school': ['documentId', 'That agreement belongs to another school.'],
	'not-current-version': ['documentId', 'This agreement has just been updated. Please read the new version and sign that.'],
	'text-changed': ['documentId', 'The agreement text could not be checked. Please ask the school office.'],
	'wrong-signer': ['documentId', 'This agreement is not yours to sign.'],
	'not-linked-parent': ['pupilId', 'Only a parent or carer linked to this child can sign for them.'],
	'missing-witness': ['witness', 'Write the name of the grown-up who read the rules with you.'],
	'rules-not-ticked': ['rules', 'Tick every rule first.'],
	'missing-recorder': ['form', 'A paper form must say who recorded it.']
};

/** The pupil's resource, or NotFound when the id is not a pupil (any school). */
export async function pupilOr404(db: Executor, pupilId: string): Promise<Resource & { kind: 'pupil' }> {
	const resource = await pupilResource(db, pupilId);
	if (!resource || resource.kind !== 'pupil') throw new NotFoundError('That pupil does not exist.');
	return resource;
}

/** Which agreement this person signs for themselves. */
export async function ownAgreementKind(db: Executor, actor: Actor, now: Date): Promise<AgreementKind> {
	if (actor.role === 'pupil') return agreementKindForYear(await pupilYearGroup(db, actor.userId, now));
	if (actor.role === 'parent') return 'parent';
	return 'staff';
}

async function existingSignatures(db: Executor, schoolId: string, subjectId: string): Promise<Signature[]> {
	const rows = await db
		.select()
		.from(agreementSignatures)
		.where(and(eq(agreementSignatures.schoolId, schoolId), eq(agreementSignatures.subjectId, subjectId)));
	return rows.map(toSignature);
}

/**
 * Prepares and stores one signature, unless the same signer already has one for this
 * document that counts. Returns true when a new signature was stored.
 */
export async function storeSignature(
	tx: Executor,
	input: Omit<SignInput, 'id' | 'document' | 'documents'> & { documentId: string },
	documents: readonly AgreementDocument[],
	auditActorId: string
): Promise<boolean> {
	const document = documents.find((d) => d.id === input.documentId && d.schoolId === input.schoolId);
	if (!document) throw new InputError('documentId', 'That agreement does not exist.');
	const result = prepareSignature({ ...input, id: crypto.randomUUID(), document, documents });
	if (!result.ok) {
		const [field, message] = SIGN_ERROR_MESSAGES[result.error];
		throw new InputError(field, message);
	}
	const already = (await existingSignatures(tx, input.schoolId, input.subjectId)).some(
		(s) => s.signerId === input.signerId && s.documentId === document.id && assessSignature(s, documents, input.signedAt).counts
	);
	if (already) return false;
	const signature = result.signature;
	await tx.insert(agreementSignatures).values(signatureValues(signature));
	await recordAudit(tx, {
		schoolId: input.schoolId,
		actorId: auditActorId,
		action: signature.method === 'paper' ? 'agreement.paper_form_recorded' : 'agreement.signed',
		targetType: 'agreement_signature',
		targetId: signature.id,
		details: {
			kind: signature.kind,
			version: signature.version,
			textHash: signature.textHash,
			signerId: signature.signerId,
			subjectId: signature.subjectId,
			method: signature.method
		}
	});
	return true;
}

export interface OwnSignInput {
	documentId: string;
	/** Younger pupils: the adult who read the rules with them. */
	witness?: string;
	tickedItemIds?: string[];
}

/** A member of staff or a pupil signs their own agreement (the current version shown to them). */
export async function signOwnAgreement(db: Database, actor: Actor, input: OwnSignInput, now = new Date()): Promise<boolean> {
	if (actor.role === 'parent') throw new InputError('documentId', 'Parents sign for each child on the family agreements page.');
	const resource = actor.role === 'pupil' ? await pupilOr404(db, actor.userId) : ownSchool(actor);
	assertCan(actor, 'agreement.sign', resource);
	const stored = await db.transaction(async (tx) => {
		const documents = await ensureAgreementDocuments(tx, actor.schoolId, now);
		const kind = await ownAgreementKind(tx, actor, now);
		const current = currentDocument(documents, actor.schoolId, kind, now);
		if (!current || current.id !== input.documentId) {
			const known = documents.some((d) => d.id === input.documentId);
			throw new InputError('documentId', known ? SIGN_ERROR_MESSAGES['not-current-version'][1] : 'That agreement does not exist.');
		}
		return storeSignature(
			tx,
			{
				documentId: input.documentId,
				schoolId: actor.schoolId,
				signerId: actor.userId,
				signerRole: actor.role === 'pupil' ? 'pupil' : 'staff',
				subjectId: actor.userId,
				signedAt: now,
				method: 'online',
				...(input.witness ? { witnessedBy: input.witness } : {}),
				...(kind === 'pupil-younger' ? { tickedItemIds: input.tickedItemIds ?? [] } : {})
			},
			documents,
			actor.userId
		);
	});
	if (stored && actor.role === 'pupil') announceAccessChanged([actor.userId]);
	return stored;
}

/** A parent signs the current parent agreement for one of their own children. */
export async function signParentAgreement(db: Database, actor: Actor, input: { pupilId: string; documentId: string }, now = new Date()): Promise<boolean> {
	assertCan(actor, 'agreement.sign', await pupilOr404(db, input.pupilId));
	const stored = await db.transaction(async (tx) => {
		const documents = await ensureAgreementDocuments(tx, actor.schoolId, now);
		return storeSignature(
			tx,
			{
				documentId: input.documentId,
				schoolId: actor.schoolId,
				signerId: actor.userId,
				signerRole: 'parent',
				subjectId: input.pupilId,
				subjectParentIds: await parentIdsOf(tx, actor.schoolId, input.pupilId),
				signedAt: now,
				method: 'online'
			},
			documents,
			actor.userId
		);
	});
	if (stored) announceAccessChanged([input.pupilId]);
	return stored;
}
