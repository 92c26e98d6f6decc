// Sessions as the Lucia guide teaches: the id is the SHA-256 of a random token the browser
// holds, so a leaked table cannot be replayed. Failed logins are kept for throttling.
import { sql } from 'drizzle-orm';
import { bigint, check, index, integer, pgTable, text, timestamp, uniqueIndex, uuid, bigserial } from 'drizzle-orm/pg-core';
import { schools } from './schools';
import { users } from './people';

export const sessions = pgTable(
	'sessions',
	{
		id: text('id').primaryKey(),
		userId: uuid('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		schoolId: uuid('school_id')
			.notNull()
			.references(() => schools.id, { onDelete: 'cascade' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
		// The idle limit this session was opened with (the role's, from the session policy).
		// Sessions from before this column take the shortest one, staff's 10 minutes.
		idleTimeoutMs: integer('idle_timeout_ms').notNull().default(600_000),
		// Set while the password was right but the second step is still owed: 'verify' (type a
		// code) or 'enrol' (set two-step up first). Such a session opens no page and no socket.
		secondStep: text('second_step'),
		// How the person proved who they are: a password, the school's own provider, or a pupil's
		// QR card. Kept so the audit entry after a second step still says how sign-in began.
		method: text('method').notNull().default('password')
	},
	(t) => [
		index('sessions_user').on(t.userId),
		check('sessions_second_step', sql`${t.secondStep} is null or ${t.secondStep} in ('verify', 'enrol')`),
		check('sessions_method', sql`${t.method} in ('password', 'oidc', 'card')`)
	]
);

export const loginFailures = pgTable(
	'login_failures',
	{
		id: bigserial('id', { mode: 'number' }).primaryKey(),
		// 'account:<username>' or 'address:<ip>': one table serves both limits.
		throttleKey: text('throttle_key').notNull(),
		failedAt: timestamp('failed_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('login_failures_key_time').on(t.throttleKey, t.failedAt)]
);

export type Session = typeof sessions.$inferSelect;

// The secret behind a pupil's QR sign-in card: only its SHA-256 is kept, so the table cannot
// sign anyone in. One per pupil; renewing it (a lost card) replaces the row, and the old card
// stops working at once.
export const pupilCardSecrets = pgTable('pupil_card_secrets', {
	pupilId: uuid('pupil_id')
		.primaryKey()
		.references(() => users.id, { onDelete: 'cascade' }),
	schoolId: uuid('school_id')
		.notNull()
		.references(() => schools.id, { onDelete: 'cascade' }),
	secretHash: text('secret_hash').notNull().unique('pupil_card_secrets_hash'),
	createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
});

export type PupilCardSecret = typeof pupilCardSecrets.$inferSelect;

// Two-step sign-in. The TOTP secret is kept encrypted (AES-256-GCM, see two-step-secret.ts)
// and never leaves the server after enrolment. A row with no confirmed_at is an enrolment
// in progress. last_used_step is the time step of the last accepted code: an older or equal
// one is a replay.
export const twoStepSecrets = pgTable('two_step_secrets', {
	userId: uuid('user_id')
		.primaryKey()
		.references(() => users.id, { onDelete: 'cascade' }),
	schoolId: uuid('school_id')
		.notNull()
		.references(() => schools.id, { onDelete: 'cascade' }),
	secretEncrypted: text('secret_encrypted').notNull(),
	confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
	lastUsedStep: bigint('last_used_step', { mode: 'number' }),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
});

// Single-use recovery codes for a lost phone: only their SHA-256 is kept.
export const twoStepRecoveryCodes = pgTable(
	'two_step_recovery_codes',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		userId: uuid('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		codeHash: text('code_hash').notNull(),
		usedAt: timestamp('used_at', { withTimezone: true })
	},
	(t) => [uniqueIndex('two_step_recovery_codes_user_hash').on(t.userId, t.codeHash)]
);

export type TwoStepSecret = typeof twoStepSecrets.$inferSelect;

// A school's own sign-in for staff (OpenID Connect: Google Workspace, Microsoft Entra ID or
// another provider). One per school. The client secret is kept encrypted (AES-256-GCM with
// the two-step key, the school id as associated data) and is never sent back to a page.
// Only staff whose email ends in allowed_domain can use it; everyone else keeps passwords.
export const schoolSignInProviders = pgTable(
	'school_sign_in_providers',
	{
		schoolId: uuid('school_id')
			.primaryKey()
			.references(() => schools.id, { onDelete: 'cascade' }),
		// 'google', 'microsoft' or 'other': decides the button's words, nothing else.
		kind: text('kind').notNull(),
		issuer: text('issuer').notNull(),
		clientId: text('client_id').notNull(),
		clientSecretEncrypted: text('client_secret_encrypted').notNull(),
		allowedDomain: text('allowed_domain').notNull(),
		updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [check('school_sign_in_providers_kind', sql`${t.kind} in ('google', 'microsoft', 'other')`)]
);

export type SchoolSignInProvider = typeof schoolSignInProviders.$inferSelect;
