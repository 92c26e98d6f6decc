// Alerts for the safeguarding lead: a pupil's report, an escalated item, repeated blocked
// personal details, secrecy or meeting requests. Each links to what caused it; who
// acknowledged it, and when, is kept. Incidents and sanctions build on this (issue 9).
import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { schools } from './schools';
import { users } from './people';
import type { EvidenceSnapshot } from '../../../domain/safeguarding/evidence';
import type { AlertEvidence } from '../../../domain/safeguarding/alerts';
import type { RetentionSettings } from '../../../domain/safeguarding/retention';

export const safeguardingAlerts = pgTable(
	'safeguarding_alerts',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		schoolId: uuid('school_id')
			.notNull()
			.references(() => schools.id, { onDelete: 'cascade' }),
		kind: text('kind').notNull(),
		severity: text('severity').notNull(),
		pupilId: uuid('pupil_id').references(() => users.id, { onDelete: 'set null' }),
		sourceType: text('source_type').notNull(),
		sourceId: uuid('source_id').notNull(),
		summary: text('summary').notNull(),
		// What caused it, copied when it was raised: the alert still shows it after the
		// source is decided, removed or erased. Null only on alerts raised before this existed.
		evidence: jsonb('evidence').$type<AlertEvidence>(),
		// Raised by an allegation about the headteacher: hidden from the head (domain/safeguarding/head-allegations.ts).
		aboutHead: boolean('about_head').notNull().default(false),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		acknowledgedAt: timestamp('acknowledged_at', { withTimezone: true }),
		acknowledgedBy: uuid('acknowledged_by').references(() => users.id, { onDelete: 'set null' })
	},
	(t) => [index('safeguarding_alerts_open').on(t.schoolId, t.acknowledgedAt, t.createdAt)]
);

export type SafeguardingAlert = typeof safeguardingAlerts.$inferSelect;

// A concern raised by a person rather than the screen: a pupil's "I'm worried", a parent's
// concern about their child, a member of staff logging what they saw. Each reaches the DSL
// as an alert (source type 'concern'); its words stay here, for the DSL only.
export const concernKind = pgEnum('concern_kind', ['pupil-worried', 'parent-concern', 'staff-concern']);

// Where a concern stands: waiting for the DSL, turned into an incident, or closed with a reason.
export const concernStatus = pgEnum('concern_status', ['open', 'incident', 'closed']);

export const concerns = pgTable(
	'concerns',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		schoolId: uuid('school_id')
			.notNull()
			.references(() => schools.id, { onDelete: 'cascade' }),
		kind: concernKind('kind').notNull(),
		// The first (or only) pupil it is about; every pupil is in concern_pupils.
		pupilId: uuid('pupil_id').references(() => users.id, { onDelete: 'set null' }),
		raisedById: uuid('raised_by_id').references(() => users.id, { onDelete: 'set null' }),
		words: text('words').notNull().default(''),
		// An optional area (domain/safeguarding/concerns.ts); null when the raiser did not choose.
		category: text('category'),
		occurredAt: timestamp('occurred_at', { withTimezone: true }),
		// A member of staff said it is about the headteacher: it goes to the chair of governors
		// and the DSL, never to the head (domain/safeguarding/head-allegations.ts).
		aboutHead: boolean('about_head').notNull().default(false),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		status: concernStatus('status').notNull().default('open'),
		decidedById: uuid('decided_by_id').references(() => users.id, { onDelete: 'set null' }),
		decidedAt: timestamp('decided_at', { withTimezone: true }),
		closedReason: text('closed_reason'),
		incidentId: uuid('incident_id').references(() => incidents.id, { onDelete: 'set null' })
	},
	(t) => [
		index('concerns_school_time').on(t.schoolId, t.createdAt),
		index('concerns_school_status').on(t.schoolId, t.status, t.createdAt),
		check('concerns_words_length', sql`char_length(${t.words}) <= 2000`),
		// Decided means decided at a time; closed means with a reason, and only then.
		check('concerns_decided', sql`(${t.status} = 'open') = (${t.decidedAt} is null)`),
		check('concerns_closed_reason', sql`(${t.status} = 'closed') = (${t.closedReason} is not null)`),
		check('concerns_closed_reason_length', sql`${t.closedReason} is null or char_length(${t.closedReason}) between 5 and 1000`)
	]
);

// Every pupil a concern is about. The pupil row is never deleted (erasure anonymises it), so
// the concern stays a record about them; their name is written here when they are erased,
// as it is on incidents.
export const concernPupils = pgTable(
	'concern_pupils',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		schoolId: uuid('school_id')
			.notNull()
			.references(() => schools.id, { onDelete: 'cascade' }),
		concernId: uuid('concern_id')
			.notNull()
			.references(() => concerns.id, { onDelete: 'cascade' }),
		pupilId: uuid('pupil_id')
			.notNull()
			.references(() => users.id),
		nameAtErasure: text('name_at_erasure')
	},
	(t) => [uniqueIndex('concern_pupils_once').on(t.concernId, t.pupilId), index('concern_pupils_pupil').on(t.pupilId)]
);

export type ConcernRow = typeof concerns.$inferSelect;
export type ConcernPupilRow = typeof concernPupils.$inferSelect;

// ── The incident log (issue 9) ────────────────────────────────────────────────────────
// One row per incident, numbered per school per calendar year; the people involved, the
// actions and sanctions taken and the sealed evidence are child rows. Evidence rows hold the
// whole snapshot (never a reference only), so they outlive the message they copy; a trigger
// refuses UPDATE on them (see the migration).

export const incidentStatus = pgEnum('incident_status', ['open', 'under-review', 'signed-off']);
export const incidentPersonRole = pgEnum('incident_person_role', ['pupil', 'staff']);

export const incidents = pgTable(
	'incidents',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		schoolId: uuid('school_id')
			.notNull()
			.references(() => schools.id, { onDelete: 'cascade' }),
		// '2026-0007': see formatIncidentNumber in the domain.
		number: text('number').notNull(),
		status: incidentStatus('status').notNull().default('open'),
		reportedById: uuid('reported_by_id')
			.notNull()
			.references(() => users.id),
		reportedToId: uuid('reported_to_id')
			.notNull()
			.references(() => users.id),
		occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
		reportedAt: timestamp('reported_at', { withTimezone: true }).notNull(),
		description: text('description').notNull(),
		categoryKey: text('category_key').notNull(),
		parentsInformedAt: timestamp('parents_informed_at', { withTimezone: true }),
		parentsInformedMethod: text('parents_informed_method'),
		reviewDate: timestamp('review_date', { withTimezone: true }),
		reviewResult: text('review_result'),
		signedOffById: uuid('signed_off_by_id').references(() => users.id),
		signedOffAt: timestamp('signed_off_at', { withTimezone: true }),
		// Set while the police, the local authority or a court needs the record: never purged.
		onHold: boolean('on_hold').notNull().default(false),
		// An allegation about the headteacher: hidden from the head, signed off by the chair of governors.
		aboutHead: boolean('about_head').notNull().default(false),
		sourceAlertId: uuid('source_alert_id').references(() => safeguardingAlerts.id, { onDelete: 'set null' }),
		createdById: uuid('created_by_id').references(() => users.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		uniqueIndex('incidents_school_number').on(t.schoolId, t.number),
		index('incidents_school_reported').on(t.schoolId, t.reportedAt),
		check('incidents_number_shape', sql`${t.number} ~ '^[0-9]{4}-[0-9]{4}$'`),
		check('incidents_category', sql`${t.categoryKey} in ('pupil-A','pupil-B','pupil-C','pupil-D','staff-A','staff-B')`),
		check('incidents_description_length', sql`char_length(${t.description}) between 10 and 5000`),
		check('incidents_parents_informed', sql`(${t.parentsInformedAt} is null) = (${t.parentsInformedMethod} is null)`),
		// Signed off means signed by someone at a time, and nothing else.
		check('incidents_sign_off', sql`(${t.status} = 'signed-off') = (${t.signedOffAt} is not null and ${t.signedOffById} is not null)`)
	]
);

export const incidentPeople = pgTable(
	'incident_people',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		schoolId: uuid('school_id')
			.notNull()
			.references(() => schools.id, { onDelete: 'cascade' }),
		incidentId: uuid('incident_id')
			.notNull()
			.references(() => incidents.id, { onDelete: 'cascade' }),
		userId: uuid('user_id')
			.notNull()
			.references(() => users.id),
		role: incidentPersonRole('role').notNull(),
		// Written when a leaver's account is anonymised, so the kept record still says who it was about.
		nameAtErasure: text('name_at_erasure')
	},
	(t) => [uniqueIndex('incident_people_once').on(t.incidentId, t.userId), index('incident_people_user').on(t.userId)]
);

export const incidentEvidence = pgTable(
	'incident_evidence',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		schoolId: uuid('school_id')
			.notNull()
			.references(() => schools.id, { onDelete: 'cascade' }),
		incidentId: uuid('incident_id')
			.notNull()
			.references(() => incidents.id, { onDelete: 'cascade' }),
		// Where it was copied from ('review-item' | 'blocked-attempt' | 'concern'); the id is not a foreign
		// key on purpose: the original may be erased, the copy stays.
		sourceType: text('source_type').notNull(),
		sourceId: uuid('source_id').notNull(),
		snapshot: jsonb('snapshot').$type<EvidenceSnapshot>().notNull(),
		canonicalJson: text('canonical_json').notNull(),
		digest: text('digest').notNull(),
		capturedById: uuid('captured_by_id').references(() => users.id, { onDelete: 'set null' }),
		capturedAt: timestamp('captured_at', { withTimezone: true }).notNull()
	},
	(t) => [
		uniqueIndex('incident_evidence_once').on(t.incidentId, t.sourceType, t.sourceId),
		check('incident_evidence_digest_shape', sql`${t.digest} ~ '^[0-9a-f]{64}$'`)
	]
);

export const incidentActions = pgTable(
	'incident_actions',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		schoolId: uuid('school_id')
			.notNull()
			.references(() => schools.id, { onDelete: 'cascade' }),
		incidentId: uuid('incident_id')
			.notNull()
			.references(() => incidents.id, { onDelete: 'cascade' }),
		// A ResponseAction from the domain, or 'other' with the detail written out.
		action: text('action').notNull(),
		detail: text('detail'),
		at: timestamp('at', { withTimezone: true }).notNull(),
		// Set when the action is a sanction the system carried out, with what it created.
		sanction: text('sanction'),
		sanctionRef: uuid('sanction_ref'),
		recordedById: uuid('recorded_by_id').references(() => users.id, { onDelete: 'set null' }),
		recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('incident_actions_incident').on(t.incidentId, t.at),
		check('incident_actions_sanction', sql`${t.sanction} is null or ${t.sanction} in ('pause-messaging','assign-lesson','notify-parents')`),
		check('incident_actions_detail_length', sql`${t.detail} is null or char_length(${t.detail}) <= 500`)
	]
);

/** Per-school safeguarding settings: retention periods and the repeated-blocks alert. */
export const safeguardingSettings = pgTable(
	'safeguarding_settings',
	{
		schoolId: uuid('school_id')
			.primaryKey()
			.references(() => schools.id, { onDelete: 'cascade' }),
		retention: jsonb('retention').$type<RetentionSettings>().notNull(),
		repeatedBlockThreshold: integer('repeated_block_threshold').notNull().default(3),
		repeatedBlockWindowDays: integer('repeated_block_window_days').notNull().default(7),
		updatedById: uuid('updated_by_id').references(() => users.id, { onDelete: 'set null' }),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		check('safeguarding_settings_threshold', sql`${t.repeatedBlockThreshold} between 2 and 20`),
		check('safeguarding_settings_window', sql`${t.repeatedBlockWindowDays} between 1 and 60`)
	]
);

export type IncidentRow = typeof incidents.$inferSelect;
export type IncidentPersonRow = typeof incidentPeople.$inferSelect;
export type IncidentEvidenceRow = typeof incidentEvidence.$inferSelect;
export type IncidentActionRow = typeof incidentActions.$inferSelect;
export type SafeguardingSettingsRow = typeof safeguardingSettings.$inferSelect;
