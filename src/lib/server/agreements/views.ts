// What the signing pages show: the current version to sign and where the reader stands.
// Pupils see their own agreement and the gate in kind words; staff their own agreement;
// parents, per child, the parent agreement and each consent's latest answer. Everything is
// read through the permission check and for the reader's own school only.
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Executor } from '../db';
import { agreementSignatures, notices, users } from '../db/schema';
import { loadConsentsInForce } from './consents-in-force';
import type { Actor } from '../../domain/auth/permissions';
import { can } from '../../domain/auth/permissions';
import {
	CONSENT_KINDS,
	CONSENT_WORDING,
	consentStandings,
	currentDocument,
	standingFor,
	type AgreementDocument,
	type AgreementKind,
	type ConsentKind,
	type SignatureStanding
} from '../../domain/agreements';
import type { ConsentState } from '../../domain/agreements/consent-records';
import { assertCan, ownSchool } from '../auth/authorize';
import { ensureAgreementDocuments } from './documents';
import { getPupilAccess, parentIdsOf } from './gate';
import { toSignature } from './rows';
import { ownAgreementKind, pupilOr404 } from './signing';

export interface OwnAgreementView {
	kind: AgreementKind;
	document: AgreementDocument | null;
	state: SignatureStanding['state'];
	signedAt: Date | null;
	signedVersion: number | null;
}

async function standingOf(
	db: Executor,
	schoolId: string,
	subjectId: string,
	signerIds: string[],
	kind: AgreementKind,
	documents: AgreementDocument[],
	now: Date
) {
	const rows = await db
		.select()
		.from(agreementSignatures)
		.where(and(eq(agreementSignatures.schoolId, schoolId), eq(agreementSignatures.subjectId, subjectId)));
	const mine = rows.map(toSignature).filter((s) => signerIds.includes(s.signerId));
	return standingFor(mine, documents, schoolId, kind, now);
}

function flatten(kind: AgreementKind, document: AgreementDocument | null, standing: SignatureStanding): OwnAgreementView {
	const signature = 'signature' in standing ? standing.signature : null;
	return { kind, document, state: standing.state, signedAt: signature?.signedAt ?? null, signedVersion: signature?.version ?? null };
}

/** A pupil's or a member of staff's own agreement. */
export async function ownAgreementView(db: Executor, actor: Actor, now = new Date()): Promise<OwnAgreementView> {
	assertCan(actor, 'agreement.sign', actor.role === 'pupil' ? await pupilOr404(db, actor.userId) : ownSchool(actor));
	const documents = await ensureAgreementDocuments(db, actor.schoolId, now);
	const kind = await ownAgreementKind(db, actor, now);
	const standing = await standingOf(db, actor.schoolId, actor.userId, [actor.userId], kind, documents, now);
	return flatten(kind, currentDocument(documents, actor.schoolId, kind, now), standing);
}

export interface PupilGateStatus {
	open: boolean;
	/** Kind words for the child, one per missing thing. */
	reasons: string[];
	/** The `chat.send` permission for the pupil's own class, as every chat entry point will see it. */
	canChat: boolean;
}

/** The pupil home's status panel: the same gate `can()` applies, in the child's words. */
export async function pupilGateStatus(db: Executor, actor: Actor, now = new Date()): Promise<PupilGateStatus> {
	assertCan(actor, 'home.pupil', ownSchool(actor));
	const access = await getPupilAccess(db, actor.schoolId, actor.userId, now);
	const canChat = actor.classId !== null && can(actor, 'chat.send', { kind: 'class', schoolId: actor.schoolId, classId: actor.classId });
	return { open: access.open, reasons: access.missing.map((m) => m.forPupil), canChat };
}

export interface ChildAgreementsView {
	pupilId: string;
	firstName: string;
	parentAgreement: OwnAgreementView;
	/** Who signed, when it was another linked parent or carer. */
	signedByMe: boolean;
	consents: { kind: ConsentKind; title: string; question: string; explanation: string; ifRefused: string; state: ConsentState; answeredAt: Date | null }[];
	canMessage: boolean;
}

/** Per child: the parent agreement to sign and each consent's latest answer. */
export async function familyAgreementsView(db: Executor, actor: Actor, now = new Date()): Promise<ChildAgreementsView[]> {
	assertCan(actor, 'home.parent', ownSchool(actor));
	const documents = await ensureAgreementDocuments(db, actor.schoolId, now);
	const doc = currentDocument(documents, actor.schoolId, 'parent', now);
	if (actor.childIds.length === 0) return [];
	const children = await db
		.select({ id: users.id, firstName: users.firstName })
		.from(users)
		.where(and(eq(users.schoolId, actor.schoolId), inArray(users.id, [...actor.childIds])));
	const views: ChildAgreementsView[] = [];
	for (const child of children) {
		assertCan(actor, 'agreement.sign', await pupilOr404(db, child.id));
		const parentIds = await parentIdsOf(db, actor.schoolId, child.id);
		const standing = await standingOf(db, actor.schoolId, child.id, parentIds, 'parent', documents, now);
		const consentRecords = await loadConsentsInForce(db, actor.schoolId, [child.id], now);
		const standings = consentStandings(consentRecords, { schoolId: actor.schoolId, pupilId: child.id, parentIds, now });
		const access = await getPupilAccess(db, actor.schoolId, child.id, now);
		views.push({
			pupilId: child.id,
			firstName: child.firstName,
			parentAgreement: flatten('parent', doc, standing),
			signedByMe: 'signature' in standing && standing.signature.signerId === actor.userId,
			consents: CONSENT_KINDS.map((kind) => ({
				kind,
				...CONSENT_WORDING[kind],
				state: standings[kind].state,
				answeredAt: standings[kind].record?.recordedAt ?? null
			})),
			canMessage: access.open
		});
	}
	return views;
}

export interface FamilyHomeStatus {
	/** First names of children whose family agreement or messaging consent is still to do. */
	toDo: string[];
	unreadNotices: number;
}

/** The parent home's agreements panel. */
export async function familyHomeStatus(db: Executor, actor: Actor, now = new Date()): Promise<FamilyHomeStatus> {
	const children = await familyAgreementsView(db, actor, now);
	const toDo = children.filter((c) => c.parentAgreement.state !== 'signed' || c.consents.some((k) => k.state === 'not-asked')).map((c) => c.firstName);
	const unread = await db
		.select({ id: notices.id })
		.from(notices)
		.where(and(eq(notices.schoolId, actor.schoolId), eq(notices.recipientId, actor.userId), isNull(notices.readAt)));
	return { toDo, unreadNotices: unread.length };
}
