// The append-only audit log. A trigger (see drizzle/0001_*) refuses UPDATE and DELETE, so
// even a bug in the app cannot rewrite history; only the retention purge may delete, and
// only inside a transaction that sets app.audit_purge.
import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { schools } from './schools';
import { users } from './people';

export const auditLog = pgTable(
	'audit_log',
	{
		id: bigserial('id', { mode: 'number' }).primaryKey(),
		schoolId: uuid('school_id').references(() => schools.id, { onDelete: 'cascade' }),
		actorId: uuid('actor_id').references(() => users.id, { onDelete: 'set null' }),
		// Verb-first dotted names: 'auth.login', 'roster.pupil_password_reset', …
		action: text('action').notNull(),
		targetType: text('target_type'),
		targetId: text('target_id'),
		details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
		ipAddress: text('ip_address'),
		at: timestamp('at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('audit_log_school_time').on(t.schoolId, t.at), index('audit_log_target').on(t.targetType, t.targetId)]
);

export type AuditEntry = typeof auditLog.$inferSelect;
