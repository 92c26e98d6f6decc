// Creates a school's academic year and its default terms on first need, so a school that
// never set dates still has a calendar; admins edit the terms afterwards.
import { and, desc, eq } from 'drizzle-orm';
import type { Executor } from '../db';
import { academicYears, classMemberships, terms, yearRollovers } from '../db/schema';
import { academicYearContaining } from '../../domain/calendar';
import { defaultAcademicYear } from '../../domain/curriculum';

export async function ensureAcademicYear(db: Executor, schoolId: string, date = new Date()): Promise<string> {
	const dates = academicYearContaining(date);
	const [existing] = await db
		.select({ id: academicYears.id })
		.from(academicYears)
		.where(and(eq(academicYears.schoolId, schoolId), eq(academicYears.label, dates.label)));
	if (existing) return existing.id;
	const [created] = await db
		.insert(academicYears)
		.values({ schoolId, label: dates.label, startsOn: dates.startsOn, endsOn: dates.endsOn })
		.onConflictDoNothing()
		.returning({ id: academicYears.id });
	const yearId =
		created?.id ??
		(
			await db
				.select({ id: academicYears.id })
				.from(academicYears)
				.where(and(eq(academicYears.schoolId, schoolId), eq(academicYears.label, dates.label)))
		)[0]!.id;
	await db
		.insert(terms)
		.values(defaultAcademicYear(dates.startYear).terms.map(({ name, startsOn, endsOn }) => ({ name, startsOn, endsOn, schoolId, academicYearId: yearId })))
		.onConflictDoNothing();
	return yearId;
}

/** Next year, once the school has rolled `fromYearId` over into it; null before. */
async function rolledOverTo(tx: Executor, schoolId: string, fromYearId: string): Promise<{ id: string; startsOn: string } | null> {
	const [rolled] = await tx
		.select({ id: academicYears.id, startsOn: academicYears.startsOn })
		.from(yearRollovers)
		.innerJoin(academicYears, eq(academicYears.id, yearRollovers.toYearId))
		.where(and(eq(yearRollovers.schoolId, schoolId), eq(yearRollovers.fromYearId, fromYearId)));
	return rolled ?? null;
}

/**
 * The year a school's roster is kept in now: the calendar's year, or next year once the school
 * has rolled this one over (a roster imported in the summer after the rollover fills next
 * year's classes, as a pupil added by hand then does). `yearDate` is a day inside that year,
 * for the rules that read ages and year groups from it.
 */
export async function rosterYearOf(tx: Executor, schoolId: string, now = new Date()): Promise<{ id: string; yearDate: Date }> {
	const current = await ensureAcademicYear(tx, schoolId, now);
	const rolled = await rolledOverTo(tx, schoolId, current);
	// Noon on the year's first day, so the London calendar reads it as that day whatever the offset.
	return rolled ? { id: rolled.id, yearDate: new Date(`${rolled.startsOn}T12:00:00Z`) } : { id: current, yearDate: now };
}

/**
 * The academic year a live class is taught in. The calendar (domain/calendar) starts a year on
 * 1 September, London time, so in July and August "now" is still the old year; but once the
 * school has rolled that year over, its live classes are next year's, and a pupil or teacher
 * added to one, or a pupil moved into one, in the summer belongs to next year too. A class
 * already holding next year's pupils (an import made in the summer) says the same, so
 * September starts with everyone in place.
 */
export async function teachingYearOf(tx: Executor, schoolId: string, classId: string, now = new Date()): Promise<string> {
	const current = await ensureAcademicYear(tx, schoolId, now);
	const rolled = await rolledOverTo(tx, schoolId, current);
	if (rolled) return rolled.id;
	const [latest] = await tx
		.select({ id: academicYears.id, startsOn: academicYears.startsOn })
		.from(classMemberships)
		.innerJoin(academicYears, eq(academicYears.id, classMemberships.academicYearId))
		.where(eq(classMemberships.classId, classId))
		.orderBy(desc(academicYears.startsOn))
		.limit(1);
	const [thisYear] = await tx.select({ startsOn: academicYears.startsOn }).from(academicYears).where(eq(academicYears.id, current));
	return latest && thisYear && latest.startsOn > thisYear.startsOn ? latest.id : current;
}
