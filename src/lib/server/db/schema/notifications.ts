// Notifications that leave the app (issue 16): one row per message to one person on one
// channel (who, why, which channel, sent when, opened and acted on when), each person's
// address and choices, single-use password-reset tokens, and a per-school row the
// scheduler locks (SKIP LOCKED) so several app processes never run the same checks twice.
// Email rows travel through the class-email outbox (email_outbox.notification_id).
import { sql } from 'drizzle-orm';
import { check, index, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { classes, schools } from './schools';
import { users } from './people';

export const notificationChannel = pgEnum('notification_channel', ['in-app', 'email']);

export const notifications = pgTable(
	'notifications',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		schoolId: uuid('school_id')
			.notNull()
			.references(() => schools.id, { onDelete: 'cascade' }),
		/**
		 * The person told; null when the recipient has no account yet (an invitation letter
		 * emailed to the address on an import record): then `toAddress` says who it is for.
		 */
		userId: uuid('user_id').references(() => users.id, { onDelete: 'cascade' }),
		/** Why: a reason from the domain catalogue (domain/notifications/reasons.ts). */
		reason: text('reason').notNull(),
		channel: notificationChannel('channel').notNull(),
		/** What it is about (an alert, a piece of work, a reset token), for "opened" and "acted". */
		targetType: text('target_type'),
		targetId: uuid('target_id'),
		/** The one sentence saying what is waiting; never a child's words. */
		subject: text('subject').notNull(),
		text: text('text').notNull(),
		/** Where the link goes (a path; for email, made absolute with the app's origin). */
		link: text('link'),
		/** Snapshot of the address it was sent to, for email. */
		toAddress: text('to_address'),
		/** One notification per event per person per channel, however many processes ask. */
		dedupeKey: text('dedupe_key').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		sentAt: timestamp('sent_at', { withTimezone: true }),
		openedAt: timestamp('opened_at', { withTimezone: true }),
		actedAt: timestamp('acted_at', { withTimezone: true })
	},
	(t) => [
		uniqueIndex('notifications_dedupe').on(t.dedupeKey),
		index('notifications_user').on(t.userId, t.createdAt),
		index('notifications_target').on(t.targetType, t.targetId),
		index('notifications_reason').on(t.schoolId, t.reason, t.createdAt),
		check('notifications_subject_length', sql`char_length(${t.subject}) between 1 and 200`),
		check('notifications_someone', sql`${t.userId} is not null or ${t.toAddress} is not null`)
	]
);

export const notificationSettings = pgTable(
	'notification_settings',
	{
		userId: uuid('user_id')
			.primaryKey()
			.references(() => users.id, { onDelete: 'cascade' }),
		schoolId: uuid('school_id')
			.notNull()
			.references(() => schools.id, { onDelete: 'cascade' }),
		email: text('email'),
		/** Set when the relay refused the address for good; cleared when the person saves it again. */
		emailBouncedAt: timestamp('email_bounced_at', { withTimezone: true }),
		bounceReason: text('bounce_reason'),
		/** Topics the person turned off (never safeguarding or account mail). */
		mutedTopics: text('muted_topics')
			.array()
			.notNull()
			.default(sql`'{}'::text[]`),
		/** For the safeguarding lead: when (London time, HH:MM) the daily digest is sent. */
		digestTime: text('digest_time').notNull().default('16:00'),
		/** A random key for List-Unsubscribe links, so unsubscribing needs no sign-in. */
		unsubscribeKey: text('unsubscribe_key').notNull(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		uniqueIndex('notification_settings_unsubscribe').on(t.unsubscribeKey),
		index('notification_settings_email').on(sql`lower(${t.email})`),
		check('notification_settings_email_shape', sql`${t.email} is null or (char_length(${t.email}) <= 254 and ${t.email} like '%_@_%')`),
		check('notification_settings_digest_time', sql`${t.digestTime} ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'`)
	]
);

export const passwordResets = pgTable(
	'password_resets',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		schoolId: uuid('school_id')
			.notNull()
			.references(() => schools.id, { onDelete: 'cascade' }),
		userId: uuid('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		/** SHA-256 of the token in the link; the token itself is never stored. */
		tokenHash: text('token_hash').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
		usedAt: timestamp('used_at', { withTimezone: true })
	},
	(t) => [uniqueIndex('password_resets_token').on(t.tokenHash), index('password_resets_user').on(t.userId, t.createdAt)]
);

/** The scheduler's per-school lock row: locked FOR UPDATE SKIP LOCKED while one process runs the checks. */
export const notificationSchedule = pgTable('notification_schedule', {
	schoolId: uuid('school_id')
		.primaryKey()
		.references(() => schools.id, { onDelete: 'cascade' }),
	lastRunAt: timestamp('last_run_at', { withTimezone: true })
});

/**
 * Addresses that bounced, whoever they belong to (an account, or a family invited by email
 * before they have one): marked by a relay's permanent refusal or by a delivery status
 * notification (DSN) arriving at the inbound server. Mail to a bounced address is held in
 * the outbox with the reason until the address is cleared.
 */
export const emailBounces = pgTable(
	'email_bounces',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		schoolId: uuid('school_id')
			.notNull()
			.references(() => schools.id, { onDelete: 'cascade' }),
		/** Lower case. */
		address: text('address').notNull(),
		/** 'relay' (a 5xx reply while sending) or 'dsn' (a bounce report that came back later). */
		source: text('source').notNull(),
		/** The status code and diagnostic the report gave, e.g. "5.1.1 user unknown". */
		reason: text('reason').notNull(),
		/** The notification whose email bounced, when known. */
		notificationId: uuid('notification_id').references(() => notifications.id, { onDelete: 'set null' }),
		bouncedAt: timestamp('bounced_at', { withTimezone: true }).notNull(),
		/** Set when the owner saves the address again or the head says to try it again. */
		clearedAt: timestamp('cleared_at', { withTimezone: true })
	},
	(t) => [
		index('email_bounces_address').on(t.schoolId, t.address),
		check('email_bounces_source', sql`${t.source} in ('relay', 'dsn')`),
		check('email_bounces_lower', sql`${t.address} = lower(${t.address})`),
		check('email_bounces_reason_length', sql`char_length(${t.reason}) <= 300`)
	]
);

export type NotificationRow = typeof notifications.$inferSelect;
export type EmailBounceRow = typeof emailBounces.$inferSelect;
export type NotificationSettingsRow = typeof notificationSettings.$inferSelect;
export type PasswordResetRow = typeof passwordResets.$inferSelect;

/**
 * A teacher's note to the families of one class (issue 16). Not moderated: it is an adult
 * writing to adults, and it is audited. Each family's first opening is recorded for the
 * teacher's read count.
 */
export const classAnnouncements = pgTable(
	'class_announcements',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		schoolId: uuid('school_id')
			.notNull()
			.references(() => schools.id, { onDelete: 'cascade' }),
		classId: uuid('class_id')
			.notNull()
			.references(() => classes.id, { onDelete: 'cascade' }),
		authorId: uuid('author_id')
			.notNull()
			.references(() => users.id),
		title: text('title').notNull(),
		body: text('body').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('class_announcements_class').on(t.classId, t.createdAt)]
);

export const announcementReads = pgTable(
	'announcement_reads',
	{
		announcementId: uuid('announcement_id')
			.notNull()
			.references(() => classAnnouncements.id, { onDelete: 'cascade' }),
		parentId: uuid('parent_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		schoolId: uuid('school_id')
			.notNull()
			.references(() => schools.id, { onDelete: 'cascade' }),
		readAt: timestamp('read_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [uniqueIndex('announcement_reads_one').on(t.announcementId, t.parentId)]
);
