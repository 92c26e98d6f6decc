// The notification scheduler: a loop in every app process that, per school, emails the head
// about urgent alerts no safeguarding lead has opened in 30 minutes, sends each lead's daily
// digest, and tells teachers when their queue has waited too long. Each school's checks run
// under a row lock taken with SKIP LOCKED, so with several processes one runs them and the
// others move on; dedupe keys make a repeat harmless anyway. `now` is a parameter so tests
// drive it with a clock instead of sleeping.
import { and, eq, gt, lte, max } from 'drizzle-orm';
import type { Database, Transaction } from '../db';
import { notificationSchedule, notifications, safeguardingAlerts, schools } from '../db/schema';
import { alertUrgency } from '../../domain/notifications/urgency';
import { digestDue, HEAD_ESCALATION_MS, headEscalationDue } from '../../domain/notifications/schedule';
import { londonDateAndTime } from '../../domain/calendar';
import { notify, wakeSenders } from './notify';
import { activeUsersWithRole } from './recipients';
import { notifyWaitingQueues } from './queue-waiting';
import { settingsFor } from './settings';
import type { Channel } from './senders';

export interface SchedulerOptions {
	queueThresholdMinutes: number;
}

/** Runs every school's checks once; returns how many notifications went out. */
export async function runScheduledNotifications(db: Database, now: Date, options: SchedulerOptions): Promise<number> {
	const all = await db.select({ id: schools.id }).from(schools);
	await db
		.insert(notificationSchedule)
		.values(all.map((s) => ({ schoolId: s.id })))
		.onConflictDoNothing();
	let sent = 0;
	const used: Channel[] = [];
	for (const school of all) {
		sent += await db.transaction(async (tx) => {
			const [mine] = await tx.select().from(notificationSchedule).where(eq(notificationSchedule.schoolId, school.id)).for('update', { skipLocked: true });
			if (!mine) return 0; // another process is running this school's checks right now
			const channels = [
				...(await escalateUnopenedAlerts(tx, school.id, now)),
				...(await sendDigests(tx, school.id, now)),
				...(await notifyWaitingQueues(tx, school.id, now, options.queueThresholdMinutes))
			];
			await tx.update(notificationSchedule).set({ lastRunAt: now }).where(eq(notificationSchedule.schoolId, school.id));
			used.push(...channels);
			return channels.length;
		});
	}
	wakeSenders(used);
	return sent;
}

async function escalateUnopenedAlerts(tx: Transaction, schoolId: string, now: Date): Promise<Channel[]> {
	// Alerts old enough to escalate, within a day (older ones were escalated or predate this).
	const candidates = await tx
		.select()
		.from(safeguardingAlerts)
		.where(
			and(
				eq(safeguardingAlerts.schoolId, schoolId),
				lte(safeguardingAlerts.createdAt, new Date(now.getTime() - HEAD_ESCALATION_MS)),
				gt(safeguardingAlerts.createdAt, new Date(now.getTime() - 86_400_000))
			)
		);
	const used: Channel[] = [];
	for (const alert of candidates) {
		// An alert about the head never goes to the head (domain/safeguarding/head-allegations.ts).
		if (alert.aboutHead || alert.acknowledgedAt || alertUrgency(alert) !== 'urgent' || !headEscalationDue(alert.createdAt, now)) continue;
		const told = await tx
			.select({ openedAt: notifications.openedAt })
			.from(notifications)
			.where(and(eq(notifications.targetType, 'alert'), eq(notifications.targetId, alert.id), eq(notifications.reason, 'alert.urgent')));
		if (!told.length || told.some((n) => n.openedAt)) continue;
		for (const head of await activeUsersWithRole(tx, schoolId, ['admin'])) {
			used.push(
				...(await notify(tx, {
					schoolId,
					userId: head.id,
					facts: { reason: 'alert.unopened', raisedAtLondon: londonDateAndTime(alert.createdAt).time },
					channels: ['in-app', 'email'],
					link: `/staff/alerts/${alert.id}`,
					target: { type: 'alert', id: alert.id },
					dedupeKey: `alert.unopened:${alert.id}:${head.id}`,
					now
				}))
			);
		}
	}
	return used;
}

async function sendDigests(tx: Transaction, schoolId: string, now: Date): Promise<Channel[]> {
	const used: Channel[] = [];
	for (const lead of await activeUsersWithRole(tx, schoolId, ['dsl'])) {
		const settings = await settingsFor(tx, { id: lead.id, schoolId });
		const [last] = await tx
			.select({ at: max(notifications.createdAt) })
			.from(notifications)
			.where(and(eq(notifications.userId, lead.id), eq(notifications.reason, 'alert.digest')));
		const lastAt = last?.at ? new Date(last.at) : null;
		if (!digestDue(settings.digestTime, lastAt, now)) continue;
		const since = lastAt ?? new Date(now.getTime() - 86_400_000);
		const raised = await tx
			.select({ kind: safeguardingAlerts.kind, severity: safeguardingAlerts.severity })
			.from(safeguardingAlerts)
			.where(and(eq(safeguardingAlerts.schoolId, schoolId), gt(safeguardingAlerts.createdAt, since), lte(safeguardingAlerts.createdAt, now)));
		const count = raised.filter((a) => alertUrgency(a) === 'digest').length;
		if (!count) continue;
		used.push(
			...(await notify(tx, {
				schoolId,
				userId: lead.id,
				facts: { reason: 'alert.digest', count },
				channels: ['in-app', 'email'],
				link: '/staff/alerts',
				dedupeKey: `alert.digest:${lead.id}:${londonDateAndTime(now).date}`,
				now
			}))
		);
	}
	return used;
}
