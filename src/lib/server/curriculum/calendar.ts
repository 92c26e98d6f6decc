// A school's calendar as the curriculum reads it: today's date in England, the current
// academic year's three terms (created with English defaults on first need), and the
// school's minutes target. Every curriculum service starts here so "which term" and
// "what target" are decided in one place.
import { asc, eq } from 'drizzle-orm';
import type { Executor } from '../db';
import { academicYears, schools, terms } from '../db/schema';
import { ensureAcademicYear } from '../schools/academic-years';
import { DEFAULT_TARGET_MINUTES, termToShow, type IsoDate, type Term, type TermName } from '../../domain/curriculum';

export interface SchoolTerm extends Term {
	readonly id: string;
}

export interface SchoolCalendar {
	readonly yearId: string;
	readonly yearLabel: string;
	readonly terms: readonly SchoolTerm[];
	readonly targetMinutes: number;
	readonly today: IsoDate;
}

export async function loadSchoolCalendar(db: Executor, schoolId: string, today: IsoDate): Promise<SchoolCalendar> {
	const yearId = await ensureAcademicYear(db, schoolId, new Date(`${today}T12:00:00Z`));
	const [year] = await db.select({ label: academicYears.label, startsOn: academicYears.startsOn }).from(academicYears).where(eq(academicYears.id, yearId));
	const rows = await db
		.select({ id: terms.id, name: terms.name, startsOn: terms.startsOn, endsOn: terms.endsOn })
		.from(terms)
		.where(eq(terms.academicYearId, yearId))
		.orderBy(asc(terms.startsOn));
	const [school] = await db.select({ settings: schools.settings }).from(schools).where(eq(schools.id, schoolId));
	const academicYearStart = Number(year!.startsOn.slice(0, 4));
	return {
		yearId,
		yearLabel: year!.label,
		terms: rows.map((row) => ({ ...row, academicYearStart })),
		targetMinutes: school?.settings.lessonTargetMinutes ?? DEFAULT_TARGET_MINUTES,
		today
	};
}

/** The named term, or the one a page opens on (see `termToShow`). */
export function pickTerm(calendar: SchoolCalendar, name?: string | null): SchoolTerm {
	const named = calendar.terms.find((term) => term.name === (name as TermName));
	const term = named ?? termToShow(calendar.terms, calendar.today);
	// ensureAcademicYear always creates three terms, so a school always has one to show.
	if (!term) throw new Error('A school calendar without terms');
	return term;
}
