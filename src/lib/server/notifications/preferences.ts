// A person's own notification choices (their account page) and unsubscribing from an
// email's link. Pupils get no email. (The head's one list of addresses that bounce is
// listBouncedAddresses in bounces.ts.)
import { eq } from 'drizzle-orm';
import type { Database } from '../db';
import { notificationSettings } from '../db/schema';
import { homePermissionFor, type Actor } from '../../domain/auth/permissions';
import { isStaff } from '../../domain/auth/roles';
import { isOptionalTopic, OPTIONAL_TOPICS, type OptionalTopic } from '../../domain/notifications/reasons';
import type { PreferencesInput } from '../../domain/notifications/inputs';
import { assertCan, ownSchool } from '../auth/authorize';
import { recordAudit } from '../audit/record';
import { InputError } from '../errors';
import { settingsByUnsubscribeKey, settingsFor } from './settings';
import { clearBounce } from './bounces';

export interface PreferencesView {
	email: string | null;
	bouncedAt: Date | null;
	bounceReason: string | null;
	topics: { topic: OptionalTopic; label: string; on: boolean }[];
	/** Only for the safeguarding lead. */
	digestTime: string | null;
}

function topicsFor(actor: Actor): OptionalTopic[] {
	const audience = isStaff(actor.role) ? 'staff' : 'parent';
	return (Object.keys(OPTIONAL_TOPICS) as OptionalTopic[]).filter((t) => OPTIONAL_TOPICS[t].for === audience);
}

function assertMayHaveEmail(actor: Actor): void {
	assertCan(actor, homePermissionFor(actor.role), ownSchool(actor));
	if (actor.role === 'pupil') throw new InputError('email', 'Pupils do not get email from the app.');
}

export async function loadPreferences(db: Database, actor: Actor): Promise<PreferencesView> {
	assertMayHaveEmail(actor);
	const s = await settingsFor(db, { id: actor.userId, schoolId: actor.schoolId });
	return {
		email: s.email,
		bouncedAt: s.emailBouncedAt,
		bounceReason: s.bounceReason,
		topics: topicsFor(actor).map((topic) => ({ topic, label: OPTIONAL_TOPICS[topic].label, on: !s.mutedTopics.includes(topic) })),
		digestTime: actor.role === 'dsl' ? s.digestTime : null
	};
}

/** Saving (even the same address) clears a bounce: the person says the address works now, and held mail goes. */
export async function savePreferences(db: Database, actor: Actor, input: PreferencesInput, now = new Date()): Promise<void> {
	assertMayHaveEmail(actor);
	const before = await settingsFor(db, { id: actor.userId, schoolId: actor.schoolId });
	const muted = topicsFor(actor).filter((t) => input[`topic-${t}`] !== 'on');
	await db.transaction(async (tx) => {
		await tx
			.update(notificationSettings)
			.set({
				email: input.email,
				emailBouncedAt: null,
				bounceReason: null,
				mutedTopics: muted,
				...(actor.role === 'dsl' && input.digestTime ? { digestTime: input.digestTime } : {}),
				updatedAt: now
			})
			.where(eq(notificationSettings.userId, actor.userId));
		if (input.email) await clearBounce(tx, actor.schoolId, input.email, actor.userId, now);
		if (before.email !== input.email)
			await recordAudit(tx, {
				schoolId: actor.schoolId,
				actorId: actor.userId,
				action: 'account.email_changed',
				targetType: 'user',
				targetId: actor.userId,
				details: { hadAddress: before.email !== null, hasAddress: input.email !== null }
			});
	});
}

/** Unsubscribing from an email's link; only optional topics, never safeguarding or account mail. */
export async function unsubscribe(db: Database, key: string, topic: string): Promise<boolean> {
	const s = await settingsByUnsubscribeKey(db, key);
	if (!s || !isOptionalTopic(topic)) return false;
	if (!s.mutedTopics.includes(topic))
		await db
			.update(notificationSettings)
			.set({ mutedTopics: [...s.mutedTopics, topic], updatedAt: new Date() })
			.where(eq(notificationSettings.userId, s.userId));
	return true;
}
