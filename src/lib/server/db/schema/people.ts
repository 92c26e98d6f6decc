// People and how they relate: accounts with one role each, pupils' class membership per
// academic year, teachers' classes, and parent↔pupil links. A pupil's surname is kept for
// staff and for the screen's roster check; other children only ever see first names.
import { sql } from 'drizzle-orm';
import { boolean, check, date, index, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { academicYears, classes, schools } from './schools';

export const role = pgEnum('role', ['pupil', 'parent', 'teacher', 'dsl', 'admin', 'governor']);

export const users = pgTable(
	'users',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		schoolId: uuid('school_id')
			.notNull()
			.references(() => schools.id, { onDelete: 'cascade' }),
		// Usernames are unique across the deployment because login asks for nothing else.
		username: text('username').notNull(),
		role: role('role').notNull(),
		firstName: text('first_name').notNull(),
		surname: text('surname').notNull(),
		passwordHash: text('password_hash').notNull(),
		passwordChangedAt: timestamp('password_changed_at', { withTimezone: true }).notNull().defaultNow(),
		// A leaver's or suspended account keeps its rows but can no longer sign in.
		disabledAt: timestamp('disabled_at', { withTimezone: true }),
		// Set by the year-end rollover for a Year 6 leaver (with disabledAt): the day the
		// pupil left, from which the retention schedule counts.
		leftAt: timestamp('left_at', { withTimezone: true }),
		// An admin set a temporary password: the person must choose their own at next sign-in.
		passwordChangeRequired: boolean('password_change_required').notNull().default(false),
		// The MIS's stable key (UPN, admission number, OneRoster sourcedId): re-imports match on it.
		externalKey: text('external_key'),
		// Staff and parents' school-held address, from an import; never shown to pupils.
		email: text('email'),
		// Pupils only, from the MIS: safeguarding records are kept until the pupil is 25.
		dateOfBirth: date('date_of_birth', { mode: 'string' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		uniqueIndex('users_username').on(sql`lower(${t.username})`),
		index('users_school_role').on(t.schoolId, t.role),
		uniqueIndex('users_school_external_key').on(t.schoolId, t.externalKey),
		check('users_username_shape', sql`${t.username} ~ '^[a-z0-9][a-z0-9._-]{1,63}$'`)
	]
);

export const classMemberships = pgTable(
	'class_memberships',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		schoolId: uuid('school_id')
			.notNull()
			.references(() => schools.id, { onDelete: 'cascade' }),
		classId: uuid('class_id')
			.notNull()
			.references(() => classes.id, { onDelete: 'cascade' }),
		pupilId: uuid('pupil_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		academicYearId: uuid('academic_year_id')
			.notNull()
			.references(() => academicYears.id, { onDelete: 'cascade' })
	},
	// A pupil belongs to exactly one class in a given academic year.
	(t) => [uniqueIndex('class_memberships_pupil_year').on(t.pupilId, t.academicYearId), index('class_memberships_class').on(t.classId, t.academicYearId)]
);

export const classTeachers = pgTable(
	'class_teachers',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		schoolId: uuid('school_id')
			.notNull()
			.references(() => schools.id, { onDelete: 'cascade' }),
		classId: uuid('class_id')
			.notNull()
			.references(() => classes.id, { onDelete: 'cascade' }),
		teacherId: uuid('teacher_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		academicYearId: uuid('academic_year_id')
			.notNull()
			.references(() => academicYears.id, { onDelete: 'cascade' })
	},
	(t) => [uniqueIndex('class_teachers_unique').on(t.classId, t.teacherId, t.academicYearId), index('class_teachers_teacher').on(t.teacherId, t.academicYearId)]
);

export const parentLinks = pgTable(
	'parent_links',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		schoolId: uuid('school_id')
			.notNull()
			.references(() => schools.id, { onDelete: 'cascade' }),
		parentId: uuid('parent_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		pupilId: uuid('pupil_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [uniqueIndex('parent_links_unique').on(t.parentId, t.pupilId), index('parent_links_pupil').on(t.pupilId)]
);

export type User = typeof users.$inferSelect;
export type Role = (typeof role.enumValues)[number];
export type ClassMembership = typeof classMemberships.$inferSelect;
export type ParentLink = typeof parentLinks.$inferSelect;
