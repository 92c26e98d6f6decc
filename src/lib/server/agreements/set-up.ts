// Recording that people have already signed, for the demo school and for test schools:
// the same prepareSignature rules as the pages (so every row is one the app could have
// made), with consents given. Not reachable from any page.
import type { Executor } from '../db';
import { agreementSignatures, parentConsents } from '../db/schema';
import { CONSENT_KINDS, currentDocument, prepareSignature, type AgreementKind, type SignInput } from '../../domain/agreements';
import { ensureAgreementDocuments } from './documents';
import { agreementKindForYear, pupilYearGroup } from './gate';
import { signatureValues } from './rows';

export interface SignedSetUp {
	schoolId: string;
	staffIds: readonly string[];
	pupilIds: readonly string[];
	/** Parent → child links whose parent has signed and given every consent. */
	families: readonly { parentId: string; pupilId: string }[];
	now: Date;
}

type Signer = Pick<SignInput, 'signerId' | 'signerRole' | 'subjectId' | 'subjectParentIds'>;

/** Everyone named signs the current version of their agreement, online, at `now`. */
export async function recordEveryoneSigned(db: Executor, setUp: SignedSetUp): Promise<void> {
	const { schoolId, now } = setUp;
	const documents = await ensureAgreementDocuments(db, schoolId, now);
	const sign = async (kind: AgreementKind, signer: Signer) => {
		const document = currentDocument(documents, schoolId, kind, now)!;
		const younger = kind === 'pupil-younger';
		const result = prepareSignature({
			...signer,
			id: crypto.randomUUID(),
			schoolId,
			document,
			documents,
			signedAt: now,
			method: 'online',
			...(younger ? { witnessedBy: 'Class teacher', tickedItemIds: document.text.items.map((i) => i.id) } : {})
		});
		if (!result.ok) throw new Error(`set-up signature refused: ${result.error}`);
		await db.insert(agreementSignatures).values(signatureValues(result.signature));
	};
	for (const staffId of setUp.staffIds) await sign('staff', { signerId: staffId, signerRole: 'staff', subjectId: staffId });
	for (const pupilId of setUp.pupilIds) {
		const kind = agreementKindForYear(await pupilYearGroup(db, pupilId, now));
		await sign(kind, { signerId: pupilId, signerRole: 'pupil', subjectId: pupilId });
	}
	for (const { parentId, pupilId } of setUp.families) {
		await sign('parent', { signerId: parentId, signerRole: 'parent', subjectId: pupilId, subjectParentIds: [parentId] });
		await db
			.insert(parentConsents)
			.values(CONSENT_KINDS.map((kind) => ({ schoolId, pupilId, parentId, kind, decision: 'given' as const, method: 'online' as const, recordedAt: now })));
	}
}
