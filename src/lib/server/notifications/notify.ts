// The one way anything in the product tells a person something outside the page they are
// on: a notification row per channel (who, why, where it links), handed to that channel's
// sender. Runs inside the caller's transaction, so the event and its notifications commit
// together; a dedupe key makes asking twice (two processes, a retry) harmless.
import type { Executor } from '../db';
import { notifications } from '../db/schema';
import { wordsFor, type MessageFacts } from '../../domain/notifications/reasons';
import { SENDERS, type Channel } from './senders';
import { settingsFor } from './settings';

export interface NotificationRequest {
	schoolId: string;
	userId: string;
	facts: MessageFacts;
	channels: readonly Channel[];
	/** A path (made absolute when emailed) or a full URL. */
	link: string | null;
	target?: { type: string; id: string };
	/** Unique per event and person, e.g. `alert.urgent:<alertId>:<userId>`. */
	dedupeKey: string;
	now: Date;
}

/** Stores and queues the notification; returns the channels it actually went on. */
export async function notify(tx: Executor, request: NotificationRequest): Promise<Channel[]> {
	const settings = await settingsFor(tx, { id: request.userId, schoolId: request.schoolId });
	const words = wordsFor(request.facts);
	const used: Channel[] = [];
	for (const channel of request.channels) {
		const sender = SENDERS[channel];
		const reach = sender.reach(settings, request.facts.reason);
		if (reach === null) continue;
		const [row] = await tx
			.insert(notifications)
			.values({
				schoolId: request.schoolId,
				userId: request.userId,
				reason: request.facts.reason,
				channel,
				targetType: request.target?.type ?? null,
				targetId: request.target?.id ?? null,
				subject: words.subject,
				text: words.sentence,
				link: request.link,
				toAddress: reach === true ? null : reach,
				dedupeKey: `${request.dedupeKey}:${channel}`,
				createdAt: request.now,
				sentAt: channel === 'in-app' ? request.now : null
			})
			.onConflictDoNothing()
			.returning();
		if (!row) continue;
		await sender.enqueue(tx, row, request.now);
		used.push(channel);
	}
	return used;
}

export interface AddressNotificationRequest {
	schoolId: string;
	/** Someone with no account yet (a family invited by email): the address is who it is for. */
	address: string;
	facts: MessageFacts;
	link: string | null;
	target?: { type: string; id: string };
	dedupeKey: string;
	now: Date;
}

/**
 * An email to an address rather than to a person with an account: the row has no user, only
 * the address, and goes through the same outbox (same retries, same Message-ID on every
 * try, held while the address bounces). Returns whether a new row was made.
 */
export async function notifyAddress(tx: Executor, request: AddressNotificationRequest): Promise<boolean> {
	const words = wordsFor(request.facts);
	const [row] = await tx
		.insert(notifications)
		.values({
			schoolId: request.schoolId,
			userId: null,
			reason: request.facts.reason,
			channel: 'email',
			targetType: request.target?.type ?? null,
			targetId: request.target?.id ?? null,
			subject: words.subject,
			text: words.sentence,
			link: request.link,
			toAddress: request.address.trim().toLowerCase(),
			dedupeKey: `${request.dedupeKey}:email`,
			createdAt: request.now
		})
		.onConflictDoNothing()
		.returning();
	if (!row) return false;
	await SENDERS.email.enqueue(tx, row, request.now);
	return true;
}

/** After the commit: wake the workers of the channels used. */
export function wakeSenders(channels: Iterable<Channel>): void {
	for (const channel of new Set(channels)) SENDERS[channel].wake();
}
