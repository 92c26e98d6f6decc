// Safeguarding alerts leave the app: an urgent one emails every safeguarding lead (the DSL
// and deputies) at once; the rest wait for each lead's daily digest (scheduler.ts). Which
// is which is decided only by domain/notifications/urgency.ts. Opening an alert in the app
// marks that person's notifications about it opened, which stops the head being emailed.
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../db';
import { notifications, type SafeguardingAlert } from '../db/schema';
import { alertUrgency } from '../../domain/notifications/urgency';
import { notify } from './notify';
import { activeUsersWithRole } from './recipients';

/** Called by the safeguarding service in the transaction that stores the alert. */
export async function notifyAlertRaised(tx: Executor, alert: SafeguardingAlert): Promise<void> {
	if (alertUrgency(alert) !== 'urgent') return;
	for (const lead of await activeUsersWithRole(tx, alert.schoolId, ['dsl'])) {
		await notify(tx, {
			schoolId: alert.schoolId,
			userId: lead.id,
			facts: { reason: 'alert.urgent', kind: alert.kind, severity: alert.severity },
			channels: ['in-app', 'email'],
			link: `/staff/alerts/${alert.id}`,
			target: { type: 'alert', id: alert.id },
			dedupeKey: `alert.urgent:${alert.id}:${lead.id}`,
			now: alert.createdAt
		});
	}
}

/** This person opened what these notifications were about (an alert, a piece of work). */
export async function markNotificationsOpened(db: Executor, userId: string, target: { type: string; id: string }, now = new Date()): Promise<void> {
	await db
		.update(notifications)
		.set({ openedAt: now })
		.where(
			and(eq(notifications.userId, userId), eq(notifications.targetType, target.type), eq(notifications.targetId, target.id), isNull(notifications.openedAt))
		);
}

/** This person did what was asked (acknowledged the alert, used the reset link). */
export async function markNotificationsActed(db: Executor, target: { type: string; id: string }, now = new Date()): Promise<void> {
	await db
		.update(notifications)
		.set({ actedAt: now })
		.where(and(eq(notifications.targetType, target.type), eq(notifications.targetId, target.id), isNull(notifications.actedAt)));
}

/**
 * Opened, for what a person opens in bulk (their notices, class announcements): every
 * notification of theirs about any of these targets.
 */
export async function markManyOpened(db: Executor, userId: string, targetType: string, ids: readonly string[], now = new Date()): Promise<void> {
	if (!ids.length) return;
	await db
		.update(notifications)
		.set({ openedAt: now })
		.where(
			and(eq(notifications.userId, userId), eq(notifications.targetType, targetType), inArray(notifications.targetId, [...ids]), isNull(notifications.openedAt))
		);
}

/**
 * For an email to an address (no account yet): the link was followed (`acted` false) or
 * used for what it was for (`acted` true, which also counts as opened).
 */
export async function markAddressNotificationsUsed(db: Executor, target: { type: string; id: string }, acted: boolean, now = new Date()): Promise<void> {
	await db
		.update(notifications)
		.set({ openedAt: sql`coalesce(${notifications.openedAt}, ${now.toISOString()}::timestamptz)`, ...(acted ? { actedAt: now } : {}) })
		.where(and(eq(notifications.targetType, target.type), eq(notifications.targetId, target.id), isNull(notifications.userId)));
}
