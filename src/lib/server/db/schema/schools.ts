// Schools, their academic years and terms, and classes. Every school-owned row in the
// product points back at `schools.id`, so nothing can be read across a school boundary
// without a join that names the school.
import { sql } from 'drizzle-orm';
import { date, integer, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid, index, check } from 'drizzle-orm/pg-core';
import type { ScreeningSettings } from '../../../domain/screening/school-settings';

export const schools = pgTable('schools', {
	id: uuid('id').primaryKey().defaultRandom(),
	name: text('name').notNull(),
	slug: text('slug').notNull().unique(),
	// Class mailboxes live on this domain, e.g. 5oak@mail.demo-school.example.
	mailDomain: text('mail_domain'),
	settings: jsonb('settings').$type<SchoolSettings>().notNull().default({}),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
});

/** Per-school settings; every field optional so older rows stay valid as settings grow. */
export interface SchoolSettings {
	lessonTargetMinutes?: number;
	/** What the school tunes in its screen (see domain/screening/school-settings.ts). */
	screening?: Partial<ScreeningSettings>;
}

export const academicYears = pgTable(
	'academic_years',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		schoolId: uuid('school_id')
			.notNull()
			.references(() => schools.id, { onDelete: 'cascade' }),
		// '2026/27'
		label: text('label').notNull(),
		startsOn: date('starts_on').notNull(),
		endsOn: date('ends_on').notNull()
	},
	(t) => [uniqueIndex('academic_years_school_label').on(t.schoolId, t.label), check('academic_years_dates', sql`${t.endsOn} > ${t.startsOn}`)]
);

export const termName = pgEnum('term_name', ['autumn', 'spring', 'summer']);

export const terms = pgTable(
	'terms',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		schoolId: uuid('school_id')
			.notNull()
			.references(() => schools.id, { onDelete: 'cascade' }),
		academicYearId: uuid('academic_year_id')
			.notNull()
			.references(() => academicYears.id, { onDelete: 'cascade' }),
		name: termName('name').notNull(),
		startsOn: date('starts_on').notNull(),
		endsOn: date('ends_on').notNull()
	},
	(t) => [uniqueIndex('terms_year_name').on(t.academicYearId, t.name), check('terms_dates', sql`${t.endsOn} > ${t.startsOn}`)]
);

export const classes = pgTable(
	'classes',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		schoolId: uuid('school_id')
			.notNull()
			.references(() => schools.id, { onDelete: 'cascade' }),
		name: text('name').notNull(),
		// 0 = Reception, 1–6 = Years 1–6: decides the age band of lessons and agreements.
		yearGroup: integer('year_group').notNull(),
		// Local part of the class mailbox: '5oak' → 5oak@<school mail domain>.
		mailboxLocalPart: text('mailbox_local_part').notNull(),
		archivedAt: timestamp('archived_at', { withTimezone: true }),
		// The MIS's key for the class (OneRoster sourcedId or the CSV's class name), for re-imports.
		externalKey: text('external_key'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		uniqueIndex('classes_school_name').on(t.schoolId, t.name),
		uniqueIndex('classes_school_mailbox').on(t.schoolId, t.mailboxLocalPart),
		uniqueIndex('classes_school_external_key').on(t.schoolId, t.externalKey),
		index('classes_school').on(t.schoolId),
		check('classes_year_group', sql`${t.yearGroup} between 0 and 6`)
	]
);

// One row per school and academic year rolled over: the unique key is what makes a second
// rollover of the same year change nothing, even when two admins confirm at once.
export const yearRollovers = pgTable(
	'year_rollovers',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		schoolId: uuid('school_id')
			.notNull()
			.references(() => schools.id, { onDelete: 'cascade' }),
		fromYearId: uuid('from_year_id')
			.notNull()
			.references(() => academicYears.id, { onDelete: 'cascade' }),
		toYearId: uuid('to_year_id')
			.notNull()
			.references(() => academicYears.id, { onDelete: 'cascade' }),
		// Who confirmed it; null once that account is gone.
		confirmedBy: uuid('confirmed_by'),
		summary: jsonb('summary').$type<Record<string, number>>().notNull().default({}),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [uniqueIndex('year_rollovers_school_from').on(t.schoolId, t.fromYearId)]
);

export type School = typeof schools.$inferSelect;
export type AcademicYear = typeof academicYears.$inferSelect;
export type Term = typeof terms.$inferSelect;
export type SchoolClass = typeof classes.$inferSelect;
export type YearRollover = typeof yearRollovers.$inferSelect;
