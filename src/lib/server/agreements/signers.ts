// Two signing lists for the head, beside the class lists (summary.ts): every member of staff
// and where their staff agreement stands this year, and everyone who signed one particular
// version of an agreement (old versions included), for the record a school must keep.
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../db';
import { agreementDocuments, agreementSignatures, users } from '../db/schema';
import type { Actor } from '../../domain/auth/permissions';
import { STAFF_ROLES } from '../../domain/auth/roles';
import { standingFor, type SignatureStanding } from '../../domain/agreements/validity';
import type { AgreementKind } from '../../domain/agreements/types';
import { assertCan, ownSchool } from '../auth/authorize';
import { NotFoundError } from '../errors';
import { ensureAgreementDocuments } from './documents';
import { toSignature } from './rows';

export interface StaffSigningRow {
	staffId: string;
	name: string;
	role: string;
	standing: SignatureStanding['state'];
	signedAt: Date | null;
	signedVersion: number | null;
}

/** Every current member of staff and their staff agreement this school year. */
export async function getStaffSigning(db: Executor, actor: Actor, now = new Date()): Promise<StaffSigningRow[]> {
	assertCan(actor, 'agreement.publish', ownSchool(actor));
	const documents = await ensureAgreementDocuments(db, actor.schoolId, now);
	const staff = await db
		.select({ id: users.id, firstName: users.firstName, surname: users.surname, role: users.role })
		.from(users)
		.where(and(eq(users.schoolId, actor.schoolId), inArray(users.role, [...STAFF_ROLES]), isNull(users.disabledAt)))
		.orderBy(asc(users.surname), asc(users.firstName));
	const rows = staff.length
		? await db
				.select()
				.from(agreementSignatures)
				.where(
					and(
						eq(agreementSignatures.schoolId, actor.schoolId),
						eq(agreementSignatures.kind, 'staff'),
						inArray(
							agreementSignatures.subjectId,
							staff.map((s) => s.id)
						)
					)
				)
		: [];
	const signatures = rows.map(toSignature);
	return staff.map((s) => {
		const own = signatures.filter((sig) => sig.signerId === s.id && sig.subjectId === s.id && sig.signerRole === 'staff');
		const standing = standingFor(own, documents, actor.schoolId, 'staff', now);
		const signature = 'signature' in standing ? standing.signature : null;
		return {
			staffId: s.id,
			name: `${s.firstName} ${s.surname}`,
			role: s.role,
			standing: standing.state,
			signedAt: signature?.signedAt ?? null,
			signedVersion: signature?.version ?? null
		};
	});
}

export interface VersionSignerRow {
	signerName: string;
	signerRole: 'pupil' | 'parent' | 'staff';
	/** The pupil a pupil or parent agreement was signed for; the member of staff for their own. */
	subjectName: string;
	signedAt: Date;
	method: 'online' | 'paper';
}

/** Everyone who signed this version of this agreement, newest first. */
export async function getVersionSigners(
	db: Executor,
	actor: Actor,
	kind: AgreementKind,
	version: number
): Promise<{ publishedAt: Date; signers: VersionSignerRow[] }> {
	assertCan(actor, 'agreement.publish', ownSchool(actor));
	const [doc] = await db
		.select({ id: agreementDocuments.id, publishedAt: agreementDocuments.publishedAt })
		.from(agreementDocuments)
		.where(and(eq(agreementDocuments.schoolId, actor.schoolId), eq(agreementDocuments.kind, kind), eq(agreementDocuments.version, version)));
	if (!doc) throw new NotFoundError('That version of the agreement does not exist.');
	const signer = alias(users, 'signer');
	const subject = alias(users, 'subject');
	const rows = await db
		.select({
			signerFirst: signer.firstName,
			signerSurname: signer.surname,
			signerRole: agreementSignatures.signerRole,
			subjectFirst: subject.firstName,
			subjectSurname: subject.surname,
			signedAt: agreementSignatures.signedAt,
			method: agreementSignatures.method
		})
		.from(agreementSignatures)
		.innerJoin(signer, eq(signer.id, agreementSignatures.signerId))
		.innerJoin(subject, eq(subject.id, agreementSignatures.subjectId))
		.where(and(eq(agreementSignatures.schoolId, actor.schoolId), eq(agreementSignatures.documentId, doc.id)))
		.orderBy(asc(subject.surname), asc(subject.firstName), asc(agreementSignatures.signedAt));
	return {
		publishedAt: doc.publishedAt,
		signers: rows.map((r) => ({
			signerName: `${r.signerFirst} ${r.signerSurname}`,
			signerRole: r.signerRole,
			subjectName: `${r.subjectFirst} ${r.subjectSurname}`,
			signedAt: r.signedAt,
			method: r.method
		}))
	};
}
