// A paper form handed in: a teacher of the pupil's class or an admin records that the pupil,
// or a named linked parent, signed the current version on paper, with any consent answers
// the form gives. The signature and answers carry who recorded them and when, and go
// through the same rules as signing online (current version, linked parent only).
import type { Database } from '../db';
import type { Actor } from '../../domain/auth/permissions';
import { CONSENT_KINDS, currentDocument, type ConsentDecision, type ConsentKind } from '../../domain/agreements';
import { assertCan } from '../auth/authorize';
import { InputError } from '../errors';
import { storeConsent } from './consents';
import { ensureAgreementDocuments } from './documents';
import { agreementKindForYear, parentIdsOf, pupilYearGroup } from './gate';
import { pupilOr404, storeSignature } from './signing';
import { announceAccessChanged } from '../realtime/publish';

export interface PaperFormInput {
	pupilId: string;
	signer: 'pupil' | 'parent';
	/** Required when a parent signed: which linked parent or carer. */
	parentId?: string;
	consents?: Partial<Record<ConsentKind, ConsentDecision>>;
}

/** Records a paper form. Returns true when a new signature was stored (false if one already counted). */
export async function recordPaperForm(db: Database, actor: Actor, input: PaperFormInput, now = new Date()): Promise<boolean> {
	const resource = await pupilOr404(db, input.pupilId);
	assertCan(actor, 'agreement.manage', resource);
	const { schoolId } = actor;
	const stored = await db.transaction(async (tx) => {
		const documents = await ensureAgreementDocuments(tx, schoolId, now);
		const parentIds = await parentIdsOf(tx, schoolId, input.pupilId);
		const isParent = input.signer === 'parent';
		if (isParent && (!input.parentId || !parentIds.includes(input.parentId))) {
			throw new InputError('parentId', 'Choose which of the pupil’s parents or carers signed the form.');
		}
		const kind = isParent ? 'parent' : agreementKindForYear(await pupilYearGroup(tx, input.pupilId, now));
		const current = currentDocument(documents, schoolId, kind, now);
		if (!current) throw new InputError('form', 'The school has not published this agreement yet.');
		const signerId = isParent ? input.parentId! : input.pupilId;
		const stored = await storeSignature(
			tx,
			{
				documentId: current.id,
				schoolId,
				signerId,
				signerRole: isParent ? 'parent' : 'pupil',
				subjectId: input.pupilId,
				subjectParentIds: parentIds,
				signedAt: now,
				method: 'paper',
				recordedBy: actor.userId
			},
			documents,
			actor.userId
		);
		if (isParent) {
			for (const kind of CONSENT_KINDS) {
				const decision = input.consents?.[kind];
				if (!decision) continue;
				await storeConsent(
					tx,
					schoolId,
					{ pupilId: input.pupilId, parentId: signerId, kind, decision, method: 'paper', recordedBy: actor.userId },
					actor.userId,
					now
				);
			}
		}
		return stored;
	});
	announceAccessChanged([input.pupilId]);
	return stored;
}
