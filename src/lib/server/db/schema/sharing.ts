// Work pupils make and may share with their own family: a piece of writing, or photos
// with a caption. Sharing is a state on the work (not a copy), so un-sharing or a teacher's
// decision changes one row. Files live on disk under a random name; this table holds only
// that name, never anything a child typed. Consents are not copied here: they are read at
// the moment a parent looks, so a withdrawal hides work at once.
import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { Finding } from '../../../domain/screening/types';
import { classes, schools } from './schools';
import { users } from './people';
import { screenVerdict } from './messaging';

export const workKind = pgEnum('work_kind', ['writing', 'images']);
/** not-shared → pending (waiting for the teacher) → approved | rejected | escalated. */
export const workShareStatus = pgEnum('work_share_status', ['not-shared', 'pending', 'approved', 'rejected', 'escalated']);
export const workImageType = pgEnum('work_image_type', ['image/jpeg', 'image/png', 'image/webp']);

export const workItems = pgTable(
	'work_items',
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
		kind: workKind('kind').notNull(),
		title: text('title').notNull(),
		// The writing itself, or a photo's caption (may be empty for photos).
		body: text('body').notNull(),
		// A catalogue slug or a school lesson's id, as in the curriculum's records.
		lessonId: text('lesson_id'),
		// For photos: the pupil or teacher says whether people can be seen. Safe default: yes.
		showsPeople: boolean('shows_people').notNull().default(true),
		verdict: screenVerdict('verdict').notNull(),
		findings: jsonb('findings').$type<Finding[]>().notNull().default([]),
		shareStatus: workShareStatus('share_status').notNull().default('not-shared'),
		sharedAt: timestamp('shared_at', { withTimezone: true }),
		decidedAt: timestamp('decided_at', { withTimezone: true }),
		rejectionCode: text('rejection_code'),
		rejectionText: text('rejection_text'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('work_items_pupil').on(t.pupilId, t.createdAt),
		index('work_items_class').on(t.classId, t.createdAt),
		check('work_items_title_length', sql`char_length(${t.title}) between 1 and 80`),
		check('work_items_body_length', sql`char_length(${t.body}) <= 4000`),
		check('work_items_writing_has_body', sql`${t.kind} = 'images' or char_length(${t.body}) > 0`),
		// A screened block is never stored as work.
		check('work_items_never_blocked', sql`${t.verdict} <> 'block'`),
		check('work_items_shared_when', sql`${t.shareStatus} = 'not-shared' or ${t.sharedAt} is not null`)
	]
);

export const workFiles = pgTable(
	'work_files',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		schoolId: uuid('school_id')
			.notNull()
			.references(() => schools.id, { onDelete: 'cascade' }),
		workId: uuid('work_id')
			.notNull()
			.references(() => workItems.id, { onDelete: 'cascade' }),
		position: integer('position').notNull(),
		// Random hex, the file's name on disk under DATA_DIR/uploads/<school>/.
		storageKey: text('storage_key').notNull(),
		contentType: workImageType('content_type').notNull(),
		width: integer('width').notNull(),
		height: integer('height').notNull(),
		byteSize: integer('byte_size').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		uniqueIndex('work_files_position').on(t.workId, t.position),
		uniqueIndex('work_files_storage_key').on(t.storageKey),
		check('work_files_storage_key_shape', sql`${t.storageKey} ~ '^[0-9a-f]{32}$'`)
	]
);

/** Per-class sharing settings; a class without a row uses the defaults (everything reviewed). */
export const classWorkSettings = pgTable('class_work_settings', {
	classId: uuid('class_id')
		.primaryKey()
		.references(() => classes.id, { onDelete: 'cascade' }),
	schoolId: uuid('school_id')
		.notNull()
		.references(() => schools.id, { onDelete: 'cascade' }),
	// Writing the screen found nothing in may reach families without a teacher's approval.
	cleanTextSkipsApproval: boolean('clean_text_skips_approval').notNull().default(false),
	updatedById: uuid('updated_by_id').references(() => users.id, { onDelete: 'set null' }),
	updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
});

export type WorkItemRow = typeof workItems.$inferSelect;
export type WorkFileRow = typeof workFiles.$inferSelect;
export type ClassWorkSettingsRow = typeof classWorkSettings.$inferSelect;
