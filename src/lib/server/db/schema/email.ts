// Class email: one mailbox per class (its address is the school's mail domain plus the
// class's mailbox local part), the contacts a teacher approved for it, every email in it
// (with the pupil who wrote it, for staff only), attachments that passed the allow-list,
// and a persistent outbox so an approved external email survives a restart until sent.
import { sql } from 'drizzle-orm';
import { check, customType, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { classes, schools } from './schools';
import { users } from './people';
import { screenVerdict } from './messaging';
import { notifications } from './notifications';
import type { Finding } from '../../../domain/screening/types';

/** Raw bytes; postgres.js returns a Buffer and PGlite a Uint8Array, so both are wrapped. */
const bytea = customType<{ data: Buffer; driverData: Uint8Array }>({
	dataType: () => 'bytea',
	fromDriver: (value) => Buffer.from(value)
});

export const emailContacts = pgTable(
	'email_contacts',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		schoolId: uuid('school_id')
			.notNull()
			.references(() => schools.id, { onDelete: 'cascade' }),
		classId: uuid('class_id')
			.notNull()
			.references(() => classes.id, { onDelete: 'cascade' }),
		name: text('name').notNull(),
		address: text('address').notNull(),
		reason: text('reason').notNull(),
		approvedById: uuid('approved_by_id').references(() => users.id, { onDelete: 'set null' }),
		approvedAt: timestamp('approved_at', { withTimezone: true }).notNull().defaultNow(),
		removedAt: timestamp('removed_at', { withTimezone: true }),
		removedById: uuid('removed_by_id').references(() => users.id, { onDelete: 'set null' })
	},
	(t) => [
		// One live approval per address per class; a removed contact can be approved again.
		uniqueIndex('email_contacts_class_address')
			.on(t.classId, t.address)
			.where(sql`${t.removedAt} is null`),
		index('email_contacts_address').on(t.address),
		check('email_contacts_address_lower', sql`${t.address} = lower(${t.address})`),
		check('email_contacts_reason', sql`char_length(${t.reason}) between 1 and 300`)
	]
);

export const emailFolder = pgEnum('email_folder', ['inbox', 'sent']);
export const emailStatus = pgEnum('email_status', ['pending', 'approved', 'rejected', 'escalated', 'quarantined', 'discarded']);

export const emails = pgTable(
	'emails',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		schoolId: uuid('school_id')
			.notNull()
			.references(() => schools.id, { onDelete: 'cascade' }),
		/** The class mailbox this copy belongs to. */
		classId: uuid('class_id')
			.notNull()
			.references(() => classes.id, { onDelete: 'cascade' }),
		folder: emailFolder('folder').notNull(),
		status: emailStatus('status').notNull(),
		/** Who wrote it (a pupil or a teacher of the class); staff see it, nothing outside does. */
		authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
		toClassId: uuid('to_class_id').references(() => classes.id, { onDelete: 'set null' }),
		fromClassId: uuid('from_class_id').references(() => classes.id, { onDelete: 'set null' }),
		contactId: uuid('contact_id').references(() => emailContacts.id, { onDelete: 'set null' }),
		// Snapshots of the outside party, kept even if the contact is later removed.
		toAddress: text('to_address'),
		toName: text('to_name'),
		fromAddress: text('from_address'),
		fromName: text('from_name'),
		subject: text('subject').notNull(),
		body: text('body').notNull(),
		verdict: screenVerdict('verdict').notNull(),
		findings: jsonb('findings').$type<Finding[]>().notNull().default([]),
		/** What was taken out on arrival (attachments of a type we do not accept, and so on). */
		notes: text('notes')
			.array()
			.notNull()
			.default(sql`'{}'::text[]`),
		clientKey: text('client_key'),
		messageId: text('message_id'),
		/** For an internal delivery: the sender's copy in the other class's Sent folder. */
		sourceEmailId: uuid('source_email_id'),
		rejectionCode: text('rejection_code'),
		rejectionText: text('rejection_text'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		decidedAt: timestamp('decided_at', { withTimezone: true }),
		decidedById: uuid('decided_by_id').references(() => users.id, { onDelete: 'set null' }),
		/** Set while a pupil's report of it is looked at, and kept if the report was right. */
		hiddenAt: timestamp('hidden_at', { withTimezone: true })
	},
	(t) => [
		uniqueIndex('emails_client_key').on(t.authorId, t.clientKey),
		index('emails_mailbox').on(t.classId, t.folder, t.createdAt),
		check('emails_subject_length', sql`char_length(${t.subject}) <= 300`),
		check('emails_body_length', sql`char_length(${t.body}) <= 60000`),
		// A sent email goes to exactly one place: another class, or one outside address.
		check('emails_sent_one_recipient', sql`${t.folder} <> 'sent' or ((${t.toClassId} is null) <> (${t.toAddress} is null))`)
	]
);

export const emailAttachments = pgTable(
	'email_attachments',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		schoolId: uuid('school_id')
			.notNull()
			.references(() => schools.id, { onDelete: 'cascade' }),
		emailId: uuid('email_id')
			.notNull()
			.references(() => emails.id, { onDelete: 'cascade' }),
		filename: text('filename').notNull(),
		contentType: text('content_type').notNull(),
		size: integer('size').notNull(),
		content: bytea('content').notNull()
	},
	(t) => [index('email_attachments_email').on(t.emailId)]
);

// "Tell my teacher" on an email a pupil's class received: one row per pupil and email, with
// the reason they chose (a code from domain/moderation/report-reasons.ts) and their own words.
export const emailReports = pgTable(
	'email_reports',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		schoolId: uuid('school_id')
			.notNull()
			.references(() => schools.id, { onDelete: 'cascade' }),
		emailId: uuid('email_id')
			.notNull()
			.references(() => emails.id, { onDelete: 'cascade' }),
		reporterId: uuid('reporter_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		reason: text('reason').notNull(),
		note: text('note'),
		// When the reporter was told what the teacher decided (so each is told once).
		answeredAt: timestamp('answered_at', { withTimezone: true }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [uniqueIndex('email_reports_once').on(t.emailId, t.reporterId), check('email_reports_note_length', sql`char_length(${t.note}) <= 300`)]
);

// 'held': a notification to an address that bounced waits here, with the reason in
// last_error, until the address is cleared (then it goes back to 'waiting').
export const outboxStatus = pgEnum('email_outbox_status', ['waiting', 'sending', 'sent', 'failed', 'held']);

export const emailOutbox = pgTable(
	'email_outbox',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		schoolId: uuid('school_id')
			.notNull()
			.references(() => schools.id, { onDelete: 'cascade' }),
		// Exactly one of these: a class email, or a notification (issue 16) sharing the same
		// lease, retries and back-off.
		emailId: uuid('email_id')
			.unique()
			.references(() => emails.id, { onDelete: 'cascade' }),
		notificationId: uuid('notification_id')
			.unique()
			.references(() => notifications.id, { onDelete: 'cascade' }),
		status: outboxStatus('status').notNull().default('waiting'),
		attempts: integer('attempts').notNull().default(0),
		// For 'sending' this is the lease: a worker that died mid-send is retried after it.
		nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
		lastError: text('last_error'),
		sentAt: timestamp('sent_at', { withTimezone: true }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('email_outbox_due').on(t.status, t.nextAttemptAt), check('email_outbox_one_item', sql`(${t.emailId} is null) <> (${t.notificationId} is null)`)]
);

export type EmailContact = typeof emailContacts.$inferSelect;
export type Email = typeof emails.$inferSelect;
export type EmailAttachment = typeof emailAttachments.$inferSelect;
export type EmailReport = typeof emailReports.$inferSelect;
export type EmailOutboxRow = typeof emailOutbox.$inferSelect;
