// The gate of many members of staff of one school in one go: their signatures and the policy
// versions they still owe, one statement per kind of row for all of them. getStaffAccess
// (./gate.ts) asks it for one; the realtime server's permission rounds
// (../realtime/actor-rounds.ts) for every member of staff with a live socket at once.
import { and, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../db';
import { agreementSignatures } from '../db/schema';
import { evaluateStaffAccess, type StaffAccess } from '../../domain/agreements';
import type { OwedAcknowledgement } from '../../domain/leadership/policies';
import { ensureAgreementDocuments } from './documents';
import { toSignature } from './rows';
import { loadOwedAcknowledgementsOf } from '../leadership/policies';

export type StaffAccessWithPolicies = StaffAccess & { owedPolicies: readonly OwedAcknowledgement[] };

/** Each member of staff's access now, keyed by their id; every id asked for has an answer. */
export async function getStaffsAccess(
	db: Executor,
	schoolId: string,
	staffIds: readonly string[],
	now = new Date()
): Promise<Map<string, StaffAccessWithPolicies>> {
	const access = new Map<string, StaffAccessWithPolicies>();
	if (!staffIds.length) return access;
	const documents = await ensureAgreementDocuments(db, schoolId, now);
	const [rows, owed] = await Promise.all([
		db
			.select()
			.from(agreementSignatures)
			.where(and(eq(agreementSignatures.schoolId, schoolId), inArray(agreementSignatures.subjectId, [...staffIds]))),
		loadOwedAcknowledgementsOf(db, schoolId, staffIds, now)
	]);
	const signatures = rows.map(toSignature);
	for (const staffId of staffIds) {
		const owedPolicies = owed.get(staffId) ?? [];
		const mine = signatures.filter((s) => s.subjectId === staffId);
		access.set(staffId, { ...evaluateStaffAccess({ schoolId, staffId, documents, signatures: mine, owedPolicies, now }), owedPolicies });
	}
	return access;
}
