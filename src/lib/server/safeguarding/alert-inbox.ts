// The safeguarding lead's alert inbox: open alerts newest first, and acknowledging one
// (who and when is kept, and audited).
import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Database, Executor } from '../db';
import { safeguardingAlerts } from '../db/schema';
import type { Actor } from '../../domain/auth/permissions';
import type { AlertView } from '../../realtime/events';
import { assertCan, ownSchool } from '../auth/authorize';
import { recordAudit } from '../audit/record';
import { markNotificationsActed } from '../notifications/alerts';
import { ConflictError, NotFoundError } from '../errors';
import { isUuid } from '../auth/resources';
import { hiddenFromHead } from './record-viewer';

export interface AlertListItem extends AlertView {
	acknowledgedAt: string | null;
}

export async function listAlerts(db: Executor, actor: Actor, includeAcknowledged = false): Promise<AlertListItem[]> {
	assertCan(actor, 'alerts.read', ownSchool(actor));
	const rows = await db
		.select()
		.from(safeguardingAlerts)
		.where(
			and(
				eq(safeguardingAlerts.schoolId, actor.schoolId),
				includeAcknowledged ? undefined : isNull(safeguardingAlerts.acknowledgedAt),
				hiddenFromHead(actor, safeguardingAlerts.aboutHead)
			)
		)
		.orderBy(desc(safeguardingAlerts.createdAt))
		.limit(200);
	return rows.map((r) => ({
		id: r.id,
		kind: r.kind,
		severity: r.severity,
		summary: r.summary,
		createdAt: r.createdAt.toISOString(),
		// Every alert has its own page showing what caused it (the message or the blocked attempt).
		link: `/staff/alerts/${r.id}`,
		acknowledgedAt: r.acknowledgedAt?.toISOString() ?? null
	}));
}

export async function acknowledgeAlert(db: Database, actor: Actor, alertId: string, now = new Date()): Promise<void> {
	assertCan(actor, 'alerts.read', ownSchool(actor));
	await db.transaction(async (tx) => {
		const [row] = isUuid(alertId)
			? await tx
					.select()
					.from(safeguardingAlerts)
					.where(and(eq(safeguardingAlerts.id, alertId), eq(safeguardingAlerts.schoolId, actor.schoolId), hiddenFromHead(actor, safeguardingAlerts.aboutHead)))
			: [];
		if (!row) throw new NotFoundError('That alert does not exist.');
		if (row.acknowledgedAt) throw new ConflictError('Someone has already acknowledged this alert.');
		await tx.update(safeguardingAlerts).set({ acknowledgedAt: now, acknowledgedBy: actor.userId }).where(eq(safeguardingAlerts.id, alertId));
		await recordAudit(tx, {
			schoolId: actor.schoolId,
			actorId: actor.userId,
			action: 'safeguarding.alert_acknowledged',
			targetType: 'alert',
			targetId: alertId
		});
		await markNotificationsActed(tx, { type: 'alert', id: alertId }, now);
	});
}
