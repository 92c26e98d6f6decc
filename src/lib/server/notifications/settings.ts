// Each person's notification settings: their email address (and whether it bounced), the
// topics they turned off, and for the safeguarding lead the time of the daily digest.
// A row is made on first use, with a random key for unsubscribe links.
import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Executor } from '../db';
import { notificationSettings, type NotificationSettingsRow } from '../db/schema';

export async function settingsFor(db: Executor, user: { id: string; schoolId: string }): Promise<NotificationSettingsRow> {
	const [existing] = await db.select().from(notificationSettings).where(eq(notificationSettings.userId, user.id));
	if (existing) return existing;
	// 128 random bits: an unsubscribe link can only be guessed by someone who saw the email.
	await db
		.insert(notificationSettings)
		.values({ userId: user.id, schoolId: user.schoolId, unsubscribeKey: randomBytes(16).toString('base64url') })
		.onConflictDoNothing();
	const [row] = await db.select().from(notificationSettings).where(eq(notificationSettings.userId, user.id));
	return row!;
}

export async function settingsByUnsubscribeKey(db: Executor, key: string): Promise<NotificationSettingsRow | null> {
	if (!/^[A-Za-z0-9_-]{22}$/.test(key)) return null;
	const [row] = await db.select().from(notificationSettings).where(eq(notificationSettings.unsubscribeKey, key));
	return row ?? null;
}
