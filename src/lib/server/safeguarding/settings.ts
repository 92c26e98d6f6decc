// A school's safeguarding settings: how long each kind of record is kept (the domain's
// RetentionSettings, checked by validateRetentionSettings) and when repeated blocked
// attempts alert the DSL. A school that never saved any uses the domain's defaults.
import { eq } from 'drizzle-orm';
import type { Database, Executor } from '../db';
import { safeguardingSettings } from '../db/schema';
import type { Actor } from '../../domain/auth/permissions';
import { DEFAULT_RETENTION, validateRetentionSettings, type RetentionSettings } from '../../domain/safeguarding/retention';
import { DEFAULT_REPEATED_BLOCK_SETTINGS, validateRepeatedBlockSettings, type RepeatedBlockSettings } from '../../domain/safeguarding/repeated-blocks';
import { assertCan, ownSchool } from '../auth/authorize';
import { recordAudit } from '../audit/record';
import { InputError } from '../errors';

export interface SchoolSafeguardingSettings {
	retention: RetentionSettings;
	repeatedBlocks: RepeatedBlockSettings;
}

export async function loadSettings(db: Executor, schoolId: string): Promise<SchoolSafeguardingSettings> {
	const [row] = await db.select().from(safeguardingSettings).where(eq(safeguardingSettings.schoolId, schoolId));
	if (!row) return { retention: DEFAULT_RETENTION, repeatedBlocks: DEFAULT_REPEATED_BLOCK_SETTINGS };
	const retention = validateRetentionSettings(row.retention);
	return {
		// A stored value outside today's bounds falls back to the defaults rather than purging wrongly.
		retention: retention.ok ? retention.value : DEFAULT_RETENTION,
		repeatedBlocks: { threshold: row.repeatedBlockThreshold, windowDays: row.repeatedBlockWindowDays }
	};
}

export async function getSettings(db: Executor, actor: Actor): Promise<SchoolSafeguardingSettings> {
	assertCan(actor, 'incident.read', ownSchool(actor));
	return loadSettings(db, actor.schoolId);
}

export async function saveSettings(
	db: Database,
	actor: Actor,
	input: { retention: Record<string, unknown>; repeatedBlocks: { threshold: number; windowDays: number } },
	now = new Date()
): Promise<void> {
	assertCan(actor, 'retention.manage', ownSchool(actor));
	const retention = validateRetentionSettings(input.retention);
	if (!retention.ok) {
		const [field, message] = Object.entries(retention.errors)[0]!;
		throw new InputError(field, message!);
	}
	const blocks = validateRepeatedBlockSettings(input.repeatedBlocks);
	if (!blocks.ok) {
		const [field, message] = Object.entries(blocks.errors)[0]!;
		throw new InputError(field, message!);
	}
	const values = {
		retention: retention.value,
		repeatedBlockThreshold: blocks.value.threshold,
		repeatedBlockWindowDays: blocks.value.windowDays,
		updatedById: actor.userId,
		updatedAt: now
	};
	await db.transaction(async (tx) => {
		await tx
			.insert(safeguardingSettings)
			.values({ schoolId: actor.schoolId, ...values })
			.onConflictDoUpdate({ target: safeguardingSettings.schoolId, set: values });
		await recordAudit(tx, {
			schoolId: actor.schoolId,
			actorId: actor.userId,
			action: 'safeguarding.settings_changed',
			targetType: 'school',
			targetId: actor.schoolId,
			details: { retention: values.retention, threshold: values.repeatedBlockThreshold, windowDays: values.repeatedBlockWindowDays }
		});
	});
}
