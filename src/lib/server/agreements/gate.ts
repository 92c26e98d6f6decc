// THE gate: the one server function every guarded entry point relies on (via loadActor,
// which puts its result on Actor.gate, which `can()` reads). A pupil may use chat, class
// email and sharing only while their own and a parent's signatures count, the family's
// messaging consent stands and no messaging pause runs; staff may see pupil data only
// after signing theirs and acknowledging the school's policies (leadership/policies.ts).
// The rules are the domain's (evaluatePupilAccess / evaluateStaffAccess); this module only
// loads the school's own rows for them.
import { and, eq, gte, lte } from 'drizzle-orm';
import type { Executor } from '../db';
import { academicYears, classMemberships, classes, parentLinks } from '../db/schema';
import { loadGateRows } from './gate-rows';
import { evaluatePupilAccess, pupilAgreementKindFor, type PupilAccess, type PupilAgreementKind } from '../../domain/agreements';
import { ensureAgreementDocuments } from './documents';
import { getStaffsAccess, type StaffAccessWithPolicies } from './staff-access';
import { londonDate } from '../../domain/calendar';

/** The pupil's year group this academic year, or null when they are in no class. */
export async function pupilYearGroup(db: Executor, pupilId: string, now: Date): Promise<number | null> {
	const day = londonDate(now);
	const [row] = await db
		.select({ yearGroup: classes.yearGroup })
		.from(classMemberships)
		.innerJoin(classes, eq(classes.id, classMemberships.classId))
		.innerJoin(academicYears, eq(academicYears.id, classMemberships.academicYearId))
		.where(and(eq(classMemberships.pupilId, pupilId), lte(academicYears.startsOn, day), gte(academicYears.endsOn, day)));
	return row?.yearGroup ?? null;
}

/** A pupil not yet in a class signs the older agreement: most pupils are in Key Stage 2. */
export function agreementKindForYear(yearGroup: number | null): PupilAgreementKind {
	return yearGroup === null ? 'pupil-older' : pupilAgreementKindFor(yearGroup);
}

export async function parentIdsOf(db: Executor, schoolId: string, pupilId: string): Promise<string[]> {
	const rows = await db
		.select({ parentId: parentLinks.parentId })
		.from(parentLinks)
		.where(and(eq(parentLinks.schoolId, schoolId), eq(parentLinks.pupilId, pupilId)));
	return rows.map((r) => r.parentId);
}

/** Whether this pupil may chat, write class email and share work now, and what is missing. */
export async function getPupilAccess(db: Executor, schoolId: string, pupilId: string, now = new Date()): Promise<PupilAccess> {
	const documents = await ensureAgreementDocuments(db, schoolId, now);
	const [yearGroup, parentIds, rows] = await Promise.all([
		pupilYearGroup(db, pupilId, now),
		parentIdsOf(db, schoolId, pupilId),
		loadGateRows(db, schoolId, [pupilId], now)
	]);
	return evaluatePupilAccess({
		schoolId,
		pupilId,
		pupilAgreementKind: agreementKindForYear(yearGroup),
		parentIds,
		documents,
		signatures: rows.signatures,
		consents: rows.consents,
		pauses: rows.pauses,
		now
	});
}

/**
 * Whether this member of staff may moderate and see pupil data now, with every policy version
 * they still owe (overdue or not), so the staff pages read them from the actor instead of
 * asking the database again. The same loader as the live sockets' rounds, for one.
 */
export async function getStaffAccess(db: Executor, schoolId: string, staffId: string, now = new Date()): Promise<StaffAccessWithPolicies> {
	const access = (await getStaffsAccess(db, schoolId, [staffId], now)).get(staffId);
	if (!access) throw new Error('getStaffsAccess answers every id it is asked for');
	return access;
}
