// The gate of many pupils of one school in one go: the same rows and the same rule as
// getPupilAccess (./gate.ts), read with one statement per kind of row for all of them
// instead of one per pupil. The realtime server uses it to refresh every live pupil's
// socket at once (../realtime/actor-rounds.ts).
import { and, eq, gte, inArray, lte } from 'drizzle-orm';
import type { Executor } from '../db';
import { academicYears, classMemberships, classes, parentLinks } from '../db/schema';
import { loadGateRows } from './gate-rows';
import { evaluatePupilAccess, type PupilAccess } from '../../domain/agreements';
import { ensureAgreementDocuments } from './documents';
import { agreementKindForYear } from './gate';
import { londonDate } from '../../domain/calendar';

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
	const grouped = new Map<string, T[]>();
	for (const row of rows) grouped.set(key(row), [...(grouped.get(key(row)) ?? []), row]);
	return grouped;
}

/** Each pupil's access now, keyed by pupil id; every id asked for has an answer. */
export async function getPupilsAccess(db: Executor, schoolId: string, pupilIds: readonly string[], now = new Date()): Promise<Map<string, PupilAccess>> {
	const access = new Map<string, PupilAccess>();
	if (!pupilIds.length) return access;
	const ids = [...pupilIds];
	const day = londonDate(now);
	const documents = await ensureAgreementDocuments(db, schoolId, now);
	const [years, links, rows] = await Promise.all([
		db
			.select({ pupilId: classMemberships.pupilId, yearGroup: classes.yearGroup })
			.from(classMemberships)
			.innerJoin(classes, eq(classes.id, classMemberships.classId))
			.innerJoin(academicYears, eq(academicYears.id, classMemberships.academicYearId))
			.where(and(inArray(classMemberships.pupilId, ids), lte(academicYears.startsOn, day), gte(academicYears.endsOn, day))),
		db
			.select({ pupilId: parentLinks.pupilId, parentId: parentLinks.parentId })
			.from(parentLinks)
			.where(and(eq(parentLinks.schoolId, schoolId), inArray(parentLinks.pupilId, ids))),
		loadGateRows(db, schoolId, ids, now)
	]);
	const yearOf = new Map(years.map((y) => [y.pupilId, y.yearGroup]));
	const parentsOf = groupBy(links, (l) => l.pupilId);
	const signaturesOf = groupBy(rows.signatures, (s) => s.subjectId);
	const consentsOf = groupBy(rows.consents, (c) => c.pupilId);
	const pausesOf = groupBy(rows.pauses, (p) => p.pupilId);
	for (const pupilId of ids)
		access.set(
			pupilId,
			evaluatePupilAccess({
				schoolId,
				pupilId,
				pupilAgreementKind: agreementKindForYear(yearOf.get(pupilId) ?? null),
				parentIds: (parentsOf.get(pupilId) ?? []).map((l) => l.parentId),
				documents,
				signatures: signaturesOf.get(pupilId) ?? [],
				consents: consentsOf.get(pupilId) ?? [],
				pauses: pausesOf.get(pupilId) ?? [],
				now
			})
		);
	return access;
}
