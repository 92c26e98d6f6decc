// Class chat: rooms per class (the main room plus teacher-made groups), messages, the
// blocked attempts the screen refused, and pupils' reports. A message is visible to the
// room only once approved; `delivered_seq` orders delivery. `change_seq` numbers every
// change a room's readers must hear of (a delivery, a hiding, a restoring) from the room's
// own counter, so a reconnecting client asks for every change after the last it saw.
import { sql } from 'drizzle-orm';
import { bigint, boolean, check, index, integer, jsonb, pgEnum, pgSequence, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { classes, schools } from './schools';
import { users } from './people';
import type { Finding } from '../../../domain/screening/types';

export const roomKind = pgEnum('room_kind', ['class', 'group']);
export const messageStatus = pgEnum('message_status', ['pending', 'approved', 'rejected', 'escalated']);
export const screenVerdict = pgEnum('screen_verdict', ['allow', 'hold', 'block']);

export const chatDeliverySeq = pgSequence('chat_delivery_seq');

export const rooms = pgTable(
	'rooms',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		schoolId: uuid('school_id')
			.notNull()
			.references(() => schools.id, { onDelete: 'cascade' }),
		classId: uuid('class_id')
			.notNull()
			.references(() => classes.id, { onDelete: 'cascade' }),
		name: text('name').notNull(),
		kind: roomKind('kind').notNull(),
		createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		archivedAt: timestamp('archived_at', { withTimezone: true }),
		// The last change number given out in this room (see next_room_change() in the migration):
		// taken under the room row's lock, so numbers commit in order and without gaps.
		lastChange: bigint('last_change', { mode: 'number' }).notNull().default(0)
	},
	(t) => [
		uniqueIndex('rooms_class_name').on(t.classId, t.name),
		// Exactly one main room per class.
		uniqueIndex('rooms_one_class_room')
			.on(t.classId)
			.where(sql`${t.kind} = 'class'`)
	]
);

/** Pupils in a group room; the class room needs no list, its members are the class. */
export const roomMembers = pgTable(
	'room_members',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		schoolId: uuid('school_id')
			.notNull()
			.references(() => schools.id, { onDelete: 'cascade' }),
		roomId: uuid('room_id')
			.notNull()
			.references(() => rooms.id, { onDelete: 'cascade' }),
		userId: uuid('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		addedAt: timestamp('added_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [uniqueIndex('room_members_unique').on(t.roomId, t.userId)]
);

export const chatMessages = pgTable(
	'chat_messages',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		schoolId: uuid('school_id')
			.notNull()
			.references(() => schools.id, { onDelete: 'cascade' }),
		classId: uuid('class_id')
			.notNull()
			.references(() => classes.id, { onDelete: 'cascade' }),
		roomId: uuid('room_id')
			.notNull()
			.references(() => rooms.id, { onDelete: 'cascade' }),
		authorId: uuid('author_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		body: text('body').notNull(),
		status: messageStatus('status').notNull(),
		verdict: screenVerdict('verdict').notNull(),
		findings: jsonb('findings').$type<Finding[]>().notNull().default([]),
		// The client's own id for this send, so a retried send is never stored twice.
		clientKey: text('client_key').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		deliveredSeq: bigint('delivered_seq', { mode: 'number' }),
		deliveredAt: timestamp('delivered_at', { withTimezone: true }),
		// Hidden from the class while a report is looked at, or for good if removed.
		hiddenAt: timestamp('hidden_at', { withTimezone: true }),
		// The room's change number of the last delivery, hiding or restoring; null until delivered.
		changeSeq: bigint('change_seq', { mode: 'number' }),
		rejectionCode: text('rejection_code'),
		rejectionText: text('rejection_text')
	},
	(t) => [
		uniqueIndex('chat_messages_client_key').on(t.authorId, t.clientKey),
		uniqueIndex('chat_messages_delivered_seq').on(t.deliveredSeq),
		index('chat_messages_room_seq').on(t.roomId, t.deliveredSeq),
		uniqueIndex('chat_messages_room_change').on(t.roomId, t.changeSeq),
		index('chat_messages_author_time').on(t.authorId, t.createdAt),
		check('chat_messages_body_length', sql`char_length(${t.body}) between 1 and 1000`)
	]
);

/**
 * One row per pupil who has sent: the times of their last ten sends (blocked attempts
 * included), for the 10-a-minute limit, and a count of every send, which a send compares
 * with what it read before screening. A send takes its place here and stores the message in
 * one statement (messaging/store-pending.ts): the row lock makes sends fired together queue
 * one behind another, without a transaction or a lock of its own.
 */
export const chatSendWindows = pgTable('chat_send_windows', {
	authorId: uuid('author_id')
		.primaryKey()
		.references(() => users.id, { onDelete: 'cascade' }),
	schoolId: uuid('school_id')
		.notNull()
		.references(() => schools.id, { onDelete: 'cascade' }),
	recent: timestamp('recent', { withTimezone: true })
		.array()
		.notNull()
		.default(sql`'{}'`),
	sends: integer('sends').notNull().default(0)
});

/** What the screen refused to deliver: kept for the safeguarding lead, never shown to others. */
export const blockedAttempts = pgTable(
	'blocked_attempts',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		schoolId: uuid('school_id')
			.notNull()
			.references(() => schools.id, { onDelete: 'cascade' }),
		authorId: uuid('author_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		classId: uuid('class_id').references(() => classes.id, { onDelete: 'set null' }),
		channel: text('channel').notNull(),
		body: text('body').notNull(),
		findings: jsonb('findings').$type<Finding[]>().notNull(),
		kinds: text('kinds').array().notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('blocked_attempts_author_time').on(t.authorId, t.createdAt)]
);

export const messageReports = pgTable(
	'message_reports',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		schoolId: uuid('school_id')
			.notNull()
			.references(() => schools.id, { onDelete: 'cascade' }),
		messageId: uuid('message_id')
			.notNull()
			.references(() => chatMessages.id, { onDelete: 'cascade' }),
		reporterId: uuid('reporter_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		note: text('note'),
		hidMessage: boolean('hid_message').notNull().default(false),
		// When the reporter was told what the teacher decided (so each is told once).
		answeredAt: timestamp('answered_at', { withTimezone: true }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [uniqueIndex('message_reports_once').on(t.messageId, t.reporterId)]
);

export type Room = typeof rooms.$inferSelect;
export type ChatMessage = typeof chatMessages.$inferSelect;
export type BlockedAttempt = typeof blockedAttempts.$inferSelect;
export type MessageReport = typeof messageReports.$inferSelect;
