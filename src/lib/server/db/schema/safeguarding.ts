// Alerts for the safeguarding lead: a pupil's report, an escalated item, repeated blocked
// personal details, secrecy or meeting requests. Each links to what caused it; who
// acknowledged it, and when, is kept. Incidents and sanctions build on this (issue 9).
import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { schools } from './schools';
import { users } from './people';

export const safeguardingAlerts = pgTable(
	'safeguarding_alerts',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		schoolId: uuid('school_id').notNull().references(() => schools.id, { onDelete: 'cascade' }),
		kind: text('kind').notNull(),
		severity: text('severity').notNull(),
		pupilId: uuid('pupil_id').references(() => users.id, { onDelete: 'set null' }),
		sourceType: text('source_type').notNull(),
		sourceId: uuid('source_id').notNull(),
		summary: text('summary').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		acknowledgedAt: timestamp('acknowledged_at', { withTimezone: true }),
		acknowledgedBy: uuid('acknowledged_by').references(() => users.id, { onDelete: 'set null' })
	},
	(t) => [index('safeguarding_alerts_open').on(t.schoolId, t.acknowledgedAt, t.createdAt)]
);

export type SafeguardingAlert = typeof safeguardingAlerts.$inferSelect;
