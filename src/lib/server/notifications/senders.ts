// The channels a notification can go out on. Each sender says whether this person can be
// reached on it and hands the stored row on: in-app rows are shown by the app at once;
// email rows join the class-email outbox, which sends, retries and records the result;
// an email to an address that bounced joins it 'held', with the reason, until the address
// is cleared (bounces.ts).
// A new channel (web push) is one more entry here plus its worker.
import type { Executor } from '../db';
import { emailOutbox, type NotificationRow, type NotificationSettingsRow } from '../db/schema';
import { wantsEmail, type NotificationReason } from '../../domain/notifications/reasons';
import { kickOutbox } from '../email/worker-signal';
import { activeBounce, heldBecause } from './bounces';

export type Channel = NotificationRow['channel'];

export interface Sender {
	/** The address to use, `true` for channels without one, or null when this person cannot be reached. */
	reach(settings: NotificationSettingsRow, reason: NotificationReason): string | true | null;
	/** Called in the notification's transaction; sets sentAt itself when delivery is immediate. */
	enqueue(tx: Executor, row: NotificationRow, now: Date): Promise<void>;
	/** Called after the commit, to wake a worker. */
	wake(): void;
}

const inApp: Sender = {
	reach: () => true,
	enqueue: async () => {},
	wake: () => {}
};

const email: Sender = {
	reach: (settings, reason) => (settings.email && wantsEmail(reason, settings.mutedTopics) ? settings.email : null),
	async enqueue(tx, row, now) {
		const bounce = row.toAddress ? await activeBounce(tx, row.schoolId, row.toAddress) : null;
		await tx.insert(emailOutbox).values({
			schoolId: row.schoolId,
			notificationId: row.id,
			status: bounce ? 'held' : 'waiting',
			lastError: bounce ? heldBecause(bounce) : null,
			nextAttemptAt: now,
			createdAt: now
		});
	},
	wake: kickOutbox
};

export const SENDERS: Readonly<Record<Channel, Sender>> = { 'in-app': inApp, email };
