// What people did with what the school sent them, for the head: per kind of notification
// and channel over a period, how many were made, sent, opened (the person looked at what it
// was about) and acted on (did what it asked: acknowledged an alert, used a reset link,
// joined from an invitation), and how many emails are held (bounced address) or failed.
// Counts only: no names, no addresses. Notices to the chair of governors about an allegation
// against the head are never counted here: even their number would tell the head.
import { and, eq, gte, ne, sql } from 'drizzle-orm';
import type { Database } from '../db';
import { emailOutbox, notifications } from '../db/schema';
import type { Actor } from '../../domain/auth/permissions';
import { REASON_LABELS, type NotificationReason } from '../../domain/notifications/reasons';
import { assertCan, ownSchool } from '../auth/authorize';

export interface ActivityRow {
	reason: string;
	label: string;
	channel: 'in-app' | 'email';
	made: number;
	sent: number;
	opened: number;
	acted: number;
	held: number;
	failed: number;
}

export async function notificationActivity(db: Database, actor: Actor, days = 30, now = new Date()): Promise<ActivityRow[]> {
	assertCan(actor, 'school.manage', ownSchool(actor));
	const since = new Date(now.getTime() - days * 86_400_000);
	const rows = await db
		.select({
			reason: notifications.reason,
			channel: notifications.channel,
			made: sql<number>`count(*)::int`,
			sent: sql<number>`count(${notifications.sentAt})::int`,
			opened: sql<number>`count(${notifications.openedAt})::int`,
			acted: sql<number>`count(${notifications.actedAt})::int`,
			held: sql<number>`count(*) filter (where ${emailOutbox.status} = 'held')::int`,
			failed: sql<number>`count(*) filter (where ${emailOutbox.status} = 'failed')::int`
		})
		.from(notifications)
		.leftJoin(emailOutbox, eq(emailOutbox.notificationId, notifications.id))
		.where(and(eq(notifications.schoolId, actor.schoolId), gte(notifications.createdAt, since), ne(notifications.reason, 'allegation.head')))
		.groupBy(notifications.reason, notifications.channel)
		.orderBy(notifications.reason, notifications.channel);
	return rows.map((r) => ({ ...r, label: REASON_LABELS[r.reason as NotificationReason] ?? r.reason }));
}
