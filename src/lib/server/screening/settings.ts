// A school's screening settings: read for the admin page and the screen, saved by the
// school's admin only, audited with what changed, and the school's cached screener
// forgotten so the next message is screened with the new lists.
import { eq, sql } from 'drizzle-orm';
import type { Database, Executor } from '../db';
import { schools } from '../db/schema';
import type { Actor } from '../../domain/auth/permissions';
import { withDefaults, type ScreeningSettings, type ScreeningSettingsInput } from '../../domain/screening/school-settings';
import { assertCan, ownSchool } from '../auth/authorize';
import { recordAudit } from '../audit/record';
import { forgetScreener } from '../messaging/screening-context';

/** The stored settings with defaults filled in; no permission check (the screen needs them for every pupil). */
export async function loadScreeningSettings(db: Executor, schoolId: string): Promise<ScreeningSettings & { schoolName: string }> {
	const [row] = await db.select({ name: schools.name, settings: schools.settings }).from(schools).where(eq(schools.id, schoolId));
	return { ...withDefaults(row?.settings.screening), schoolName: row?.name ?? '' };
}

/** For the admin page. */
export async function getScreeningSettings(db: Executor, actor: Actor): Promise<ScreeningSettings & { schoolName: string }> {
	assertCan(actor, 'school.manage', ownSchool(actor));
	return loadScreeningSettings(db, actor.schoolId);
}

const added = (before: readonly string[], after: readonly string[]): string[] => after.filter((x) => !before.includes(x));

export async function saveScreeningSettings(db: Database, actor: Actor, input: ScreeningSettingsInput): Promise<void> {
	assertCan(actor, 'school.manage', ownSchool(actor));
	await db.transaction(async (tx) => {
		const before = (await loadScreeningSettings(tx, actor.schoolId)) as ScreeningSettings;
		// jsonb merge keeps every other setting another feature has stored.
		await tx
			.update(schools)
			.set({ settings: sql`${schools.settings} || ${JSON.stringify({ screening: input })}::jsonb` })
			.where(eq(schools.id, actor.schoolId));
		await recordAudit(tx, {
			schoolId: actor.schoolId,
			actorId: actor.userId,
			action: 'school.screening_settings_changed',
			targetType: 'school',
			targetId: actor.schoolId,
			details: {
				domainsAdded: added(before.approvedDomains, input.approvedDomains),
				domainsRemoved: added(input.approvedDomains, before.approvedDomains),
				extraWordsAdded: added(before.extraWords, input.extraWords),
				extraWordsRemoved: added(input.extraWords, before.extraWords),
				allowedWordsAdded: added(before.allowedWords, input.allowedWords),
				allowedWordsRemoved: added(input.allowedWords, before.allowedWords),
				town: { before: before.town, after: input.town }
			}
		});
	});
	forgetScreener(actor.schoolId);
}
