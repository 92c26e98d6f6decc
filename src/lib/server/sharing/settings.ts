// A class's sharing setting: whether writing the screen found nothing in may reach
// families without a teacher's approval. Off unless the class's teacher or an admin turns
// it on; every change is audited.
import { eq } from 'drizzle-orm';
import type { Database, Executor } from '../db';
import { classWorkSettings } from '../db/schema';
import type { Actor } from '../../domain/auth/permissions';
import { assertCan } from '../auth/authorize';
import { classResource } from '../auth/resources';
import { recordAudit } from '../audit/record';
import { NotFoundError } from '../errors';

export interface ClassWorkSettings {
	cleanTextSkipsApproval: boolean;
}

export async function readClassWorkSettings(db: Executor, classId: string): Promise<ClassWorkSettings> {
	const [row] = await db.select().from(classWorkSettings).where(eq(classWorkSettings.classId, classId));
	return { cleanTextSkipsApproval: row?.cleanTextSkipsApproval ?? false };
}

export async function updateClassWorkSettings(
	db: Database,
	actor: Actor,
	classId: string,
	settings: ClassWorkSettings,
	now = new Date()
): Promise<ClassWorkSettings> {
	const resource = await classResource(db, classId);
	if (!resource) throw new NotFoundError('That class does not exist.');
	assertCan(actor, 'work.settings', resource);
	await db.transaction(async (tx) => {
		const values = { classId, schoolId: resource.schoolId, cleanTextSkipsApproval: settings.cleanTextSkipsApproval, updatedById: actor.userId, updatedAt: now };
		await tx
			.insert(classWorkSettings)
			.values(values)
			.onConflictDoUpdate({
				target: classWorkSettings.classId,
				set: { cleanTextSkipsApproval: values.cleanTextSkipsApproval, updatedById: actor.userId, updatedAt: now }
			});
		await recordAudit(tx, {
			schoolId: resource.schoolId,
			actorId: actor.userId,
			action: 'work.settings_changed',
			targetType: 'class',
			targetId: classId,
			details: { cleanTextSkipsApproval: settings.cleanTextSkipsApproval }
		});
	});
	return settings;
}
