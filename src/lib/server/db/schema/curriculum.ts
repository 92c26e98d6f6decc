// E-safety lessons: a school's own lessons, lessons a teacher delivered to a class (with
// who was present), lessons a pupil completed alone, and lessons assigned in response to
// an incident or a blocked message. Catalogue lessons live in code (their id is a stable
// slug), so a record names its lesson by `lesson_id` text; when that lesson is a school's
// own, `school_lesson_id` also points at the row, and a check keeps the two in step.
// Minutes are not stored per term: terms can be edited, so tallies read dates.
import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { LessonSection, QuizQuestion } from '../../../domain/curriculum/types';
import { classes, schools } from './schools';
import { users } from './people';

/** The body of a school's own lesson, validated by the domain before it is stored. */
export interface SchoolLessonBody {
	objectives: string[];
	sections: LessonSection[];
	quiz: QuizQuestion[];
}

export const schoolLessons = pgTable(
	'school_lessons',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		schoolId: uuid('school_id')
			.notNull()
			.references(() => schools.id, { onDelete: 'cascade' }),
		slug: text('slug').notNull(),
		title: text('title').notNull(),
		strand: text('strand').notNull(),
		ageBand: text('age_band').notNull(),
		durationMinutes: integer('duration_minutes').notNull(),
		body: jsonb('body').$type<SchoolLessonBody>().notNull(),
		authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		uniqueIndex('school_lessons_school_slug').on(t.schoolId, t.slug),
		// `school-` keeps school slugs apart from catalogue slugs, so neither shadows the other.
		check('school_lessons_slug_prefix', sql`${t.slug} like 'school-%'`),
		check('school_lessons_age_band', sql`${t.ageBand} in ('5-7', '7-9', '9-11', '7-11')`),
		check('school_lessons_duration', sql`${t.durationMinutes} between 5 and 60`),
		check('school_lessons_title', sql`length(${t.title}) between 1 and 80`)
	]
);

export const lessonDeliveries = pgTable(
	'lesson_deliveries',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		schoolId: uuid('school_id')
			.notNull()
			.references(() => schools.id, { onDelete: 'cascade' }),
		classId: uuid('class_id')
			.notNull()
			.references(() => classes.id, { onDelete: 'cascade' }),
		lessonId: text('lesson_id').notNull(),
		schoolLessonId: uuid('school_lesson_id').references(() => schoolLessons.id, { onDelete: 'restrict' }),
		deliveredOn: date('delivered_on').notNull(),
		minutes: integer('minutes').notNull(),
		recordedBy: uuid('recorded_by').references(() => users.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('lesson_deliveries_school_day').on(t.schoolId, t.deliveredOn),
		index('lesson_deliveries_class_day').on(t.classId, t.deliveredOn),
		// 240 minutes is a whole school day of teaching: anything above is a typing slip.
		check('lesson_deliveries_minutes', sql`${t.minutes} between 1 and 240`),
		check('lesson_deliveries_school_lesson', sql`${t.schoolLessonId} is null or ${t.lessonId} = ${t.schoolLessonId}::text`)
	]
);

/** One row per pupil present at a delivery; absent pupils simply have no row. */
export const deliveryAttendance = pgTable(
	'delivery_attendance',
	{
		schoolId: uuid('school_id')
			.notNull()
			.references(() => schools.id, { onDelete: 'cascade' }),
		deliveryId: uuid('delivery_id')
			.notNull()
			.references(() => lessonDeliveries.id, { onDelete: 'cascade' }),
		pupilId: uuid('pupil_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' })
	},
	(t) => [primaryKey({ columns: [t.deliveryId, t.pupilId] }), index('delivery_attendance_pupil').on(t.pupilId)]
);

/**
 * A pupil's self-study of one lesson in one academic year. Started at the first step
 * event; the server keeps the clock (`active_seconds`, `current_step`, `last_step_at`) and
 * `minutes` is what they earned on the steps, `minutes_by_day` the same split by the day
 * each minute was earned. `completed_on` is set when the check is
 * passed. Rows from before minutes were measured (started_on = completed_on, minutes the
 * lesson's length) are kept as they were reported.
 */
export const lessonCompletions = pgTable(
	'lesson_completions',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		schoolId: uuid('school_id')
			.notNull()
			.references(() => schools.id, { onDelete: 'cascade' }),
		pupilId: uuid('pupil_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		lessonId: text('lesson_id').notNull(),
		schoolLessonId: uuid('school_lesson_id').references(() => schoolLessons.id, { onDelete: 'restrict' }),
		// The calendar year the academic year starts in: a lesson counts again in a later year.
		academicYearStart: integer('academic_year_start').notNull(),
		// The day the first step was shown: a later row of the same lesson is a repeat.
		startedOn: date('started_on').notNull(),
		// The last day the pupil worked on it: every minute in minutes_by_day is on or before
		// it, so a term's minutes are read from the rows studied since the term began.
		lastStudiedOn: date('last_studied_on').notNull(),
		// The day the check was passed; null while the lesson is only started.
		completedOn: date('completed_on'),
		// Earned on the steps, capped at the lesson's length.
		minutes: integer('minutes').notNull(),
		// The same minutes by the London day each was earned on ("2026-03-02": 12): the days
		// they count on. Older rows have all their minutes on started_on.
		minutesByDay: jsonb('minutes_by_day').$type<Record<string, number>>().notNull().default({}),
		activeSeconds: integer('active_seconds').notNull().default(0),
		currentStep: integer('current_step'),
		lastStepAt: timestamp('last_step_at', { withTimezone: true }),
		stepsRead: jsonb('steps_read').$type<number[]>().notNull().default([]),
		checkTries: integer('check_tries').notNull().default(0),
		// False only for repeats kept from before records were per year: they add nothing.
		countsTowardsMinutes: boolean('counts_towards_minutes').notNull(),
		correctAnswers: integer('correct_answers').notNull(),
		questionCount: integer('question_count').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('lesson_completions_school_last_studied').on(t.schoolId, t.lastStudiedOn),
		index('lesson_completions_pupil').on(t.pupilId, t.lessonId),
		// One counted record per pupil, lesson and academic year, whatever the code does.
		uniqueIndex('lesson_completions_counted_once_a_year')
			.on(t.pupilId, t.lessonId, t.academicYearStart)
			.where(sql`${t.countsTowardsMinutes}`),
		check('lesson_completions_minutes', sql`${t.minutes} between 0 and 240`),
		check('lesson_completions_active', sql`${t.activeSeconds} between 0 and 14400`),
		check('lesson_completions_score', sql`${t.correctAnswers} between 0 and ${t.questionCount}`),
		check('lesson_completions_school_lesson', sql`${t.schoolLessonId} is null or ${t.lessonId} = ${t.schoolLessonId}::text`)
	]
);

export const lessonAssignments = pgTable(
	'lesson_assignments',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		schoolId: uuid('school_id')
			.notNull()
			.references(() => schools.id, { onDelete: 'cascade' }),
		lessonId: text('lesson_id').notNull(),
		schoolLessonId: uuid('school_lesson_id').references(() => schoolLessons.id, { onDelete: 'restrict' }),
		// Exactly one target: one pupil or a whole class.
		pupilId: uuid('pupil_id').references(() => users.id, { onDelete: 'cascade' }),
		classId: uuid('class_id').references(() => classes.id, { onDelete: 'cascade' }),
		reason: text('reason').notNull(),
		assignedBy: uuid('assigned_by').references(() => users.id, { onDelete: 'set null' }),
		assignedOn: date('assigned_on').notNull(),
		dueBy: date('due_by'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('lesson_assignments_pupil').on(t.pupilId),
		index('lesson_assignments_class').on(t.classId),
		check('lesson_assignments_one_target', sql`(${t.pupilId} is null) <> (${t.classId} is null)`),
		check('lesson_assignments_reason', sql`${t.reason} in ('teacher-choice', 'after-blocked-detail', 'incident-follow-up')`),
		check('lesson_assignments_due', sql`${t.dueBy} is null or ${t.dueBy} >= ${t.assignedOn}`),
		check('lesson_assignments_school_lesson', sql`${t.schoolLessonId} is null or ${t.lessonId} = ${t.schoolLessonId}::text`)
	]
);

export type SchoolLessonRow = typeof schoolLessons.$inferSelect;
export type LessonDeliveryRow = typeof lessonDeliveries.$inferSelect;
export type DeliveryAttendanceRow = typeof deliveryAttendance.$inferSelect;
export type LessonCompletionRow = typeof lessonCompletions.$inferSelect;
export type LessonAssignmentRow = typeof lessonAssignments.$inferSelect;

/**
 * The school's own plan for one year group's term: which lessons, in order. A year group and
 * term without a row follows the default plan (domain planner.ts), so a new school starts
 * with a full programme and only saves what it changes.
 */
export const lessonPlans = pgTable(
	'lesson_plans',
	{
		schoolId: uuid('school_id')
			.notNull()
			.references(() => schools.id, { onDelete: 'cascade' }),
		yearGroup: integer('year_group').notNull(),
		termName: text('term_name').notNull(),
		lessonIds: jsonb('lesson_ids').$type<string[]>().notNull(),
		updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		primaryKey({ columns: [t.schoolId, t.yearGroup, t.termName] }),
		check('lesson_plans_year_group', sql`${t.yearGroup} between 0 and 6`),
		check('lesson_plans_term', sql`${t.termName} in ('autumn', 'spring', 'summer')`)
	]
);

export type LessonPlanRow = typeof lessonPlans.$inferSelect;
