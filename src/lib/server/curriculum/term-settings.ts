// The admin's calendar settings: this academic year's term dates and the school's minutes
// target. Rules: admin only (school.manage); the domain checks the dates (in order, inside
// the year, no overlap) and the target (15–600); each change is audited with the old and
// new values, because moving a term's end changes who counts as short.
import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '../db';
import { schools, terms } from '../db/schema';
import type { Actor } from '../../domain/auth/permissions';
import { TERM_NAMES, validateTargetMinutes, validateTermDates, type IsoDate, type TermName } from '../../domain/curriculum';
import { assertCan, ownSchool } from '../auth/authorize';
import { recordAudit } from '../audit/record';
import { loadSchoolCalendar, type SchoolCalendar } from './calendar';
import { throwFirstError } from './errors';
import { londonDate } from '../../domain/calendar';

export type TermDatesForm = Record<`${TermName}${'StartsOn' | 'EndsOn'}`, string>;

export async function getTermSettings(db: Database, actor: Actor, options: { today?: IsoDate } = {}): Promise<SchoolCalendar> {
	assertCan(actor, 'school.manage', ownSchool(actor));
	return loadSchoolCalendar(db, actor.schoolId, options.today ?? londonDate(new Date()));
}

export async function updateTermDates(db: Database, actor: Actor, form: TermDatesForm, options: { today?: IsoDate } = {}): Promise<void> {
	assertCan(actor, 'school.manage', ownSchool(actor));
	const calendar = await loadSchoolCalendar(db, actor.schoolId, options.today ?? londonDate(new Date()));
	const academicYearStart = calendar.terms[0]!.academicYearStart;
	const checked = validateTermDates({
		academicYearStart,
		terms: TERM_NAMES.map((name) => ({ name, startsOn: form[`${name}StartsOn`], endsOn: form[`${name}EndsOn`] }))
	});
	if (!checked.ok) throwFirstError(checked.errors);
	await db.transaction(async (tx) => {
		for (const term of checked.value.terms) {
			await tx
				.update(terms)
				.set({ startsOn: term.startsOn, endsOn: term.endsOn })
				.where(and(eq(terms.academicYearId, calendar.yearId), eq(terms.schoolId, actor.schoolId), eq(terms.name, term.name)));
		}
		await recordAudit(tx, {
			schoolId: actor.schoolId,
			actorId: actor.userId,
			action: 'school.term_dates_changed',
			targetType: 'academic_year',
			targetId: calendar.yearId,
			details: {
				before: calendar.terms.map(({ name, startsOn, endsOn }) => ({ name, startsOn, endsOn })),
				after: checked.value.terms.map(({ name, startsOn, endsOn }) => ({ name, startsOn, endsOn }))
			}
		});
	});
}

export async function updateTargetMinutes(db: Database, actor: Actor, targetMinutes: number): Promise<void> {
	assertCan(actor, 'school.manage', ownSchool(actor));
	const checked = validateTargetMinutes(targetMinutes);
	if (!checked.ok) throwFirstError(checked.errors);
	await db.transaction(async (tx) => {
		const [before] = await tx.select({ settings: schools.settings }).from(schools).where(eq(schools.id, actor.schoolId));
		// jsonb merge keeps any other settings another feature has stored.
		await tx
			.update(schools)
			.set({ settings: sql`${schools.settings} || ${JSON.stringify({ lessonTargetMinutes: checked.value })}::jsonb` })
			.where(eq(schools.id, actor.schoolId));
		await recordAudit(tx, {
			schoolId: actor.schoolId,
			actorId: actor.userId,
			action: 'school.lesson_target_changed',
			targetType: 'school',
			targetId: actor.schoolId,
			details: { before: before?.settings.lessonTargetMinutes ?? null, after: checked.value }
		});
	});
}
