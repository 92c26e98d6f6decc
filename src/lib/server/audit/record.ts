// Writes one audit entry. Callers pass their open transaction so the entry commits or
// rolls back together with the change it describes.
import { auditLog } from '../db/schema';
import type { Executor } from '../db';

export interface AuditInput {
	schoolId: string | null;
	actorId: string | null;
	action: string;
	targetType?: string;
	targetId?: string;
	details?: Record<string, unknown>;
	ipAddress?: string | null;
}

export async function recordAudit(db: Executor, entry: AuditInput): Promise<void> {
	await db.insert(auditLog).values({
		schoolId: entry.schoolId,
		actorId: entry.actorId,
		action: entry.action,
		targetType: entry.targetType ?? null,
		targetId: entry.targetId ?? null,
		details: entry.details ?? {},
		ipAddress: entry.ipAddress ?? null
	});
}
