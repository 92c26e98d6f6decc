// Leaders' duties from the school policies (issue 19): the e-safety risk log, with a history
// of every change, and the data-breach log with the ICO decision. Every row belongs to a
// school; nothing here names a child.
import { boolean, check, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { schools } from './schools';
import { users } from './people';

export const risks = pgTable(
	'risks',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		schoolId: uuid('school_id')
			.notNull()
			.references(() => schools.id, { onDelete: 'cascade' }),
		title: text('title').notNull(),
		description: text('description').notNull(),
		category: text('category').notNull(),
		likelihood: integer('likelihood').notNull(),
		impact: integer('impact').notNull(),
		ownerId: uuid('owner_id')
			.notNull()
			.references(() => users.id),
		mitigations: text('mitigations').notNull(),
		reviewOn: date('review_on', { mode: 'string' }).notNull(),
		closedAt: timestamp('closed_at', { withTimezone: true }),
		createdBy: uuid('created_by')
			.notNull()
			.references(() => users.id),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
		// Optimistic lock: two leaders editing the same risk cannot overwrite each other.
		version: integer('version').notNull().default(1)
	},
	(t) => [
		index('risks_school_review').on(t.schoolId, t.reviewOn),
		check('risks_likelihood_range', sql`${t.likelihood} between 1 and 5`),
		check('risks_impact_range', sql`${t.impact} between 1 and 5`)
	]
);
export type Risk = typeof risks.$inferSelect;

/** Append-only: one row per change, with what changed and the leader's note. */
export const riskHistory = pgTable(
	'risk_history',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		riskId: uuid('risk_id')
			.notNull()
			.references(() => risks.id, { onDelete: 'cascade' }),
		actorId: uuid('actor_id')
			.notNull()
			.references(() => users.id),
		action: text('action').notNull(),
		changes: jsonb('changes').$type<{ field: string; from: string; to: string }[]>().notNull().default([]),
		note: text('note').notNull().default(''),
		at: timestamp('at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('risk_history_risk').on(t.riskId, t.at)]
);
export type RiskHistoryRow = typeof riskHistory.$inferSelect;

export const dataBreaches = pgTable(
	'data_breaches',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		schoolId: uuid('school_id')
			.notNull()
			.references(() => schools.id, { onDelete: 'cascade' }),
		// '2026-03': numbered per school per calendar year, like incidents.
		number: text('number').notNull(),
		discoveredAt: timestamp('discovered_at', { withTimezone: true }).notNull(),
		occurredAt: timestamp('occurred_at', { withTimezone: true }),
		summary: text('summary').notNull(),
		dataAffected: text('data_affected').notNull(),
		peopleAffected: text('people_affected').notNull(),
		containment: text('containment').notNull(),
		icoDecision: text('ico_decision').notNull(),
		icoToldAt: timestamp('ico_told_at', { withTimezone: true }),
		icoReason: text('ico_reason').notNull().default(''),
		lessons: text('lessons').notNull().default(''),
		recordedBy: uuid('recorded_by')
			.notNull()
			.references(() => users.id),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('data_breaches_school').on(t.schoolId, t.discoveredAt)]
);
export type DataBreach = typeof dataBreaches.$inferSelect;

/** The annual e-safety review: one answer per checklist item per academic year (its start year). */
export const esafetyReviewAnswers = pgTable(
	'esafety_review_answers',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		schoolId: uuid('school_id')
			.notNull()
			.references(() => schools.id, { onDelete: 'cascade' }),
		yearStart: integer('year_start').notNull(),
		itemKey: text('item_key').notNull(),
		answer: text('answer').notNull(),
		evidence: text('evidence').notNull().default(''),
		action: text('action').notNull().default(''),
		answeredBy: uuid('answered_by')
			.notNull()
			.references(() => users.id),
		answeredAt: timestamp('answered_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [uniqueIndex('esafety_review_answers_one').on(t.schoolId, t.yearStart, t.itemKey)]
);

/** The policy register: one row per school policy; its text lives in numbered versions. */
export const policies = pgTable(
	'policies',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		schoolId: uuid('school_id')
			.notNull()
			.references(() => schools.id, { onDelete: 'cascade' }),
		title: text('title').notNull(),
		kind: text('kind').notNull(),
		ownerId: uuid('owner_id')
			.notNull()
			.references(() => users.id),
		reviewOn: date('review_on', { mode: 'string' }).notNull(),
		// Staff must read and acknowledge each new version (it joins the staff gate).
		requiresAcknowledgement: boolean('requires_acknowledgement').notNull().default(true),
		archivedAt: timestamp('archived_at', { withTimezone: true }),
		createdBy: uuid('created_by')
			.notNull()
			.references(() => users.id),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('policies_school').on(t.schoolId, t.title)]
);
export type Policy = typeof policies.$inferSelect;

/** Append-only: each published text of a policy, numbered from 1. */
export const policyVersions = pgTable(
	'policy_versions',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		schoolId: uuid('school_id')
			.notNull()
			.references(() => schools.id, { onDelete: 'cascade' }),
		policyId: uuid('policy_id')
			.notNull()
			.references(() => policies.id, { onDelete: 'cascade' }),
		number: integer('number').notNull(),
		// The written text, or '' when the version is an uploaded file.
		body: text('body').notNull(),
		// An uploaded PDF or Word file (sharing/storage.ts: random key, never served statically),
		// its type as read from its bytes, a neutral download name and its size.
		fileKey: text('file_key'),
		fileType: text('file_type'),
		fileName: text('file_name'),
		fileBytes: integer('file_bytes'),
		changeNote: text('change_note').notNull().default(''),
		publishedBy: uuid('published_by')
			.notNull()
			.references(() => users.id),
		publishedAt: timestamp('published_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		uniqueIndex('policy_versions_number').on(t.policyId, t.number),
		// A version is a text or a whole file: never half a file.
		check(
			'policy_versions_file',
			sql`(${t.fileKey} is null and ${t.fileType} is null and ${t.fileName} is null and ${t.fileBytes} is null) or (${t.fileKey} is not null and ${t.fileType} in ('pdf','docx') and ${t.fileName} is not null and ${t.fileBytes} > 0)`
		),
		check('policy_versions_text_or_file', sql`${t.fileKey} is not null or char_length(${t.body}) > 0`)
	]
);
export type PolicyVersion = typeof policyVersions.$inferSelect;

/** Who read and acknowledged which version, and when. One row per person per version. */
export const policyAcknowledgements = pgTable(
	'policy_acknowledgements',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		schoolId: uuid('school_id')
			.notNull()
			.references(() => schools.id, { onDelete: 'cascade' }),
		versionId: uuid('version_id')
			.notNull()
			.references(() => policyVersions.id, { onDelete: 'cascade' }),
		staffId: uuid('staff_id')
			.notNull()
			.references(() => users.id),
		acknowledgedAt: timestamp('acknowledged_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [uniqueIndex('policy_acknowledgements_one').on(t.versionId, t.staffId), index('policy_acknowledgements_staff').on(t.staffId)]
);

/**
 * The chair of governors, one per school, chosen by the head among the school's governors.
 * An allegation about the headteacher goes to them (domain/safeguarding/head-allegations.ts).
 */
export const governorChairs = pgTable('governor_chairs', {
	schoolId: uuid('school_id')
		.primaryKey()
		.references(() => schools.id, { onDelete: 'cascade' }),
	governorId: uuid('governor_id')
		.notNull()
		.references(() => users.id, { onDelete: 'cascade' }),
	chosenBy: uuid('chosen_by').references(() => users.id, { onDelete: 'set null' }),
	chosenAt: timestamp('chosen_at', { withTimezone: true }).notNull().defaultNow()
});
export type GovernorChair = typeof governorChairs.$inferSelect;
