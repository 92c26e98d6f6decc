// Agreements and consents that gate access. Documents are versioned and never edited
// (an admin publishes the next version); signatures and consent answers are append-only
// (a trigger refuses UPDATE, see the agreements migration); withdrawing a consent is a
// newer row. Invitation codes are stored only as SHA-256. Messaging pauses are read here
// by the gate; the safeguarding sanctions service writes them.
import { sql } from 'drizzle-orm';
import { boolean, check, foreignKey, index, integer, jsonb, pgEnum, pgTable, text, timestamp, unique, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { schools } from './schools';
import { users } from './people';
import type { AgreementText } from '../../../domain/agreements/types';

export const agreementKind = pgEnum('agreement_kind', ['pupil-younger', 'pupil-older', 'parent', 'staff']);
export const signerRole = pgEnum('signer_role', ['pupil', 'parent', 'staff']);
export const signatureMethod = pgEnum('signature_method', ['online', 'paper']);
export const consentKind = pgEnum('consent_kind', [
	'messaging-internet',
	'publish-work-to-family',
	'photographs',
	'school-website',
	'press',
	'high-profile-use'
]);
export const consentDecision = pgEnum('consent_decision', ['given', 'refused']);

export const agreementDocuments = pgTable(
	'agreement_documents',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		schoolId: uuid('school_id')
			.notNull()
			.references(() => schools.id, { onDelete: 'cascade' }),
		kind: agreementKind('kind').notNull(),
		version: integer('version').notNull(),
		text: jsonb('text').$type<AgreementText>().notNull(),
		// Hex SHA-256 of the canonical text, fixed at publication.
		textHash: text('text_hash').notNull(),
		requiresResign: boolean('requires_resign').notNull().default(false),
		publishedAt: timestamp('published_at', { withTimezone: true }).notNull().defaultNow(),
		// Null for the project's default text, published automatically on first need.
		publishedBy: uuid('published_by').references(() => users.id, { onDelete: 'set null' })
	},
	(t) => [
		uniqueIndex('agreement_documents_version').on(t.schoolId, t.kind, t.version),
		// Target of the signatures' composite key, so a signature names its document's own school, kind and version.
		unique('agreement_documents_identity').on(t.id, t.schoolId, t.kind, t.version),
		check('agreement_documents_version_positive', sql`${t.version} >= 1`),
		check('agreement_documents_hash_shape', sql`${t.textHash} ~ '^[0-9a-f]{64}$'`)
	]
);

export const agreementSignatures = pgTable(
	'agreement_signatures',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		schoolId: uuid('school_id')
			.notNull()
			.references(() => schools.id, { onDelete: 'cascade' }),
		documentId: uuid('document_id').notNull(),
		kind: agreementKind('kind').notNull(),
		version: integer('version').notNull(),
		textHash: text('text_hash').notNull(),
		signerId: uuid('signer_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		signerRole: signerRole('signer_role').notNull(),
		// The pupil (pupil and parent agreements) or the member of staff.
		subjectId: uuid('subject_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		signedAt: timestamp('signed_at', { withTimezone: true }).notNull().defaultNow(),
		method: signatureMethod('method').notNull(),
		recordedBy: uuid('recorded_by').references(() => users.id, { onDelete: 'set null' }),
		// Younger pupils: the name of the adult who read the rules with them.
		witnessedBy: text('witnessed_by'),
		tickedItemIds: jsonb('ticked_item_ids').$type<string[]>()
	},
	(t) => [
		foreignKey({
			name: 'agreement_signatures_document',
			columns: [t.documentId, t.schoolId, t.kind, t.version],
			foreignColumns: [agreementDocuments.id, agreementDocuments.schoolId, agreementDocuments.kind, agreementDocuments.version]
		}).onDelete('cascade'),
		index('agreement_signatures_subject').on(t.schoolId, t.subjectId),
		// A paper form always names who typed it in.
		check('agreement_signatures_paper_recorder', sql`${t.method} = 'online' or ${t.recordedBy} is not null`),
		check('agreement_signatures_witness_length', sql`${t.witnessedBy} is null or char_length(${t.witnessedBy}) <= 80`)
	]
);

export const parentConsents = pgTable(
	'parent_consents',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		schoolId: uuid('school_id')
			.notNull()
			.references(() => schools.id, { onDelete: 'cascade' }),
		pupilId: uuid('pupil_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		parentId: uuid('parent_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		kind: consentKind('kind').notNull(),
		decision: consentDecision('decision').notNull(),
		recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
		method: signatureMethod('method').notNull(),
		recordedBy: uuid('recorded_by').references(() => users.id, { onDelete: 'set null' })
	},
	(t) => [
		index('parent_consents_pupil').on(t.schoolId, t.pupilId),
		check('parent_consents_paper_recorder', sql`${t.method} = 'online' or ${t.recordedBy} is not null`)
	]
);

export const messagingPauses = pgTable(
	'messaging_pauses',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		schoolId: uuid('school_id')
			.notNull()
			.references(() => schools.id, { onDelete: 'cascade' }),
		pupilId: uuid('pupil_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		startsAt: timestamp('starts_at', { withTimezone: true }).notNull().defaultNow(),
		endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
		liftedAt: timestamp('lifted_at', { withTimezone: true }),
		reason: text('reason'),
		createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' })
	},
	(t) => [index('messaging_pauses_pupil').on(t.schoolId, t.pupilId), check('messaging_pauses_dates', sql`${t.endsAt} > ${t.startsAt}`)]
);

export const parentInvitations = pgTable(
	'parent_invitations',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		schoolId: uuid('school_id')
			.notNull()
			.references(() => schools.id, { onDelete: 'cascade' }),
		pupilId: uuid('pupil_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		// Only the SHA-256 of the code: a leaked table cannot be used to join.
		codeHash: text('code_hash').notNull().unique('parent_invitations_code_hash'),
		// Set when the code is for a parent account an import already made: redeeming it lets
		// that parent choose their username and password instead of making a second account.
		parentId: uuid('parent_id').references(() => users.id, { onDelete: 'cascade' }),
		createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
		usedAt: timestamp('used_at', { withTimezone: true }),
		usedBy: uuid('used_by').references(() => users.id, { onDelete: 'set null' }),
		revokedAt: timestamp('revoked_at', { withTimezone: true }),
		revokedBy: uuid('revoked_by').references(() => users.id, { onDelete: 'set null' })
	},
	(t) => [
		index('parent_invitations_pupil').on(t.schoolId, t.pupilId),
		check('parent_invitations_expiry', sql`${t.expiresAt} > ${t.createdAt}`),
		check('parent_invitations_hash_shape', sql`${t.codeHash} ~ '^[0-9a-f]{64}$'`),
		// A code cannot be both used and cancelled.
		check('parent_invitations_used_or_revoked', sql`${t.usedAt} is null or ${t.revokedAt} is null`)
	]
);

// 'safeguarding': a note to a pupil's parents after an incident (safeguarding sanctions).
// 'moderation': a kind note to a pupil about something they reported or wrote (the queue).
export const noticeKind = pgEnum('notice_kind', ['agreement-reminder', 'safeguarding', 'moderation']);

export const notices = pgTable(
	'notices',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		schoolId: uuid('school_id')
			.notNull()
			.references(() => schools.id, { onDelete: 'cascade' }),
		recipientId: uuid('recipient_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		// The child the notice is about, when there is one.
		pupilId: uuid('pupil_id').references(() => users.id, { onDelete: 'cascade' }),
		kind: noticeKind('kind').notNull(),
		body: text('body').notNull(),
		createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		readAt: timestamp('read_at', { withTimezone: true })
	},
	(t) => [index('notices_recipient').on(t.recipientId, t.createdAt), check('notices_body_length', sql`char_length(${t.body}) between 1 and 1000`)]
);

export type AgreementDocumentRow = typeof agreementDocuments.$inferSelect;
export type AgreementSignatureRow = typeof agreementSignatures.$inferSelect;
export type ParentConsentRow = typeof parentConsents.$inferSelect;
export type MessagingPauseRow = typeof messagingPauses.$inferSelect;
export type ParentInvitationRow = typeof parentInvitations.$inferSelect;
export type NoticeRow = typeof notices.$inferSelect;

/** Which consents lapse each 1 September and must be answered again (no row: the default set). */
export const consentSettings = pgTable('consent_settings', {
	schoolId: uuid('school_id')
		.primaryKey()
		.references(() => schools.id, { onDelete: 'cascade' }),
	yearlyKinds: text('yearly_kinds').array().notNull(),
	updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
});
