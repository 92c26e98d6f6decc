// The review queue, shaped like Discourse's reviewables: one item per target (a held
// message, a reported message, later an email or shared work), unique so a second report
// reopens the same item; a version for optimistic locking so two teachers cannot both
// decide; and an append-only history of every transition.
import { sql } from 'drizzle-orm';
import { bigserial, check, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { classes, schools } from './schools';
import { users } from './people';
import { screenVerdict } from './messaging';
import { emailContacts } from './email';
import type { Finding } from '../../../domain/screening/types';

export const reviewTargetType = pgEnum('review_target_type', ['chat-message', 'email', 'shared-work', 'report']);
export const reviewStatus = pgEnum('review_status', ['pending', 'approved', 'rejected', 'escalated', 'upheld', 'dismissed', 'removed']);

export const reviewItems = pgTable(
	'review_items',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		schoolId: uuid('school_id')
			.notNull()
			.references(() => schools.id, { onDelete: 'cascade' }),
		classId: uuid('class_id')
			.notNull()
			.references(() => classes.id, { onDelete: 'cascade' }),
		targetType: reviewTargetType('target_type').notNull(),
		targetId: uuid('target_id').notNull(),
		/** The pupil or member of staff who wrote it; null for mail from an outside contact. */
		authorId: uuid('author_id').references(() => users.id, { onDelete: 'cascade' }),
		// Mail filed from an outside contact has no writer in the school: who sent it instead
		// (the address is a snapshot, kept if the contact is later removed).
		senderContactId: uuid('sender_contact_id').references(() => emailContacts.id, { onDelete: 'set null' }),
		senderAddress: text('sender_address'),
		status: reviewStatus('status').notNull().default('pending'),
		version: integer('version').notNull().default(1),
		verdict: screenVerdict('verdict').notNull(),
		findings: jsonb('findings').$type<Finding[]>().notNull().default([]),
		submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow(),
		decidedAt: timestamp('decided_at', { withTimezone: true }),
		decidedById: uuid('decided_by_id').references(() => users.id, { onDelete: 'set null' }),
		rejectionCode: text('rejection_code'),
		rejectionText: text('rejection_text')
	},
	(t) => [
		uniqueIndex('review_items_target').on(t.targetType, t.targetId),
		index('review_items_queue').on(t.schoolId, t.status, t.submittedAt),
		index('review_items_class').on(t.classId, t.status),
		// Every item has a writer: a user of the school, or an outside sender's address.
		check('review_items_has_author', sql`${t.authorId} is not null or ${t.senderAddress} is not null`)
	]
);

export const reviewHistory = pgTable(
	'review_history',
	{
		id: bigserial('id', { mode: 'number' }).primaryKey(),
		schoolId: uuid('school_id')
			.notNull()
			.references(() => schools.id, { onDelete: 'cascade' }),
		itemId: uuid('item_id')
			.notNull()
			.references(() => reviewItems.id, { onDelete: 'cascade' }),
		action: text('action').notNull(),
		fromStatus: reviewStatus('from_status'),
		toStatus: reviewStatus('to_status').notNull(),
		actorId: uuid('actor_id').references(() => users.id, { onDelete: 'set null' }),
		version: integer('version').notNull(),
		rejectionCode: text('rejection_code'),
		rejectionText: text('rejection_text'),
		note: text('note'),
		at: timestamp('at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('review_history_item').on(t.itemId, t.at)]
);

export type ReviewItemRow = typeof reviewItems.$inferSelect;
export type ReviewHistoryRow = typeof reviewHistory.$inferSelect;
