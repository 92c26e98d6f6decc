// Creates a school's academic year and its default terms on first need, so a school that
// never set dates still has a calendar; admins edit the terms afterwards.
import { and, eq } from 'drizzle-orm';
import type { Executor } from '../db';
import { academicYears, terms } from '../db/schema';
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
