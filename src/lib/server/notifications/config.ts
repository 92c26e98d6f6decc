// Notification settings from the environment (see the README's "Notifications" section).
// Email itself goes through the class-email outbox and its SMTP_URL.
import { QUEUE_THRESHOLD_MINUTES } from '../../domain/notifications/schedule';

export interface NotificationConfig {
	/** Origin for links in emails when no request gave one, e.g. https://classroom.example-school.org.uk. */
	publicOrigin: string;
	/** From address; unset means no-reply@ the school's mail domain. */
	fromAddress: string | undefined;
	/** How often the scheduler checks head escalations, digests and waiting queues. */
	schedulerIntervalMs: number;
	/** Minutes a queue item may wait during the school day before its teachers are emailed. */
	queueThresholdMinutes: number;
}

export function readNotificationConfig(env: NodeJS.ProcessEnv = process.env): NotificationConfig {
	const origin = (env.ORIGIN ?? '').split(',')[0]?.trim();
	const threshold = Number(env.NOTIFY_QUEUE_THRESHOLD_MINUTES);
	return {
		publicOrigin: (origin || `http://localhost:${env.PORT ?? 3000}`).replace(/\/$/, ''),
		fromAddress: env.NOTIFY_FROM?.trim() || undefined,
		schedulerIntervalMs: Number(env.NOTIFY_SCHEDULER_INTERVAL_MS) > 0 ? Number(env.NOTIFY_SCHEDULER_INTERVAL_MS) : 30_000,
		queueThresholdMinutes: Number.isInteger(threshold) && threshold > 0 ? threshold : QUEUE_THRESHOLD_MINUTES
	};
}
