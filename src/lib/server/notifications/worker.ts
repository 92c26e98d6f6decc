// Starts the notification scheduler once per process (server start). Every process runs it;
// the per-school row lock in scheduler.ts keeps them from doing the same work twice.
import type { Database } from '../db';
import { readNotificationConfig, type NotificationConfig } from './config';
import { runScheduledNotifications } from './scheduler';

const KEY = Symbol.for('safe-classroom.notification-scheduler');
type Holder = { started?: boolean };
const holder: Holder = ((globalThis as Record<symbol, unknown>)[KEY] as Holder | undefined) ?? ((globalThis as Record<symbol, unknown>)[KEY] = {});

export function startNotificationScheduler(db: Database, config: NotificationConfig = readNotificationConfig()): void {
	if (holder.started) return;
	holder.started = true;
	let running = false;
	const tick = async (): Promise<void> => {
		if (running) return;
		running = true;
		try {
			await runScheduledNotifications(db, new Date(), { queueThresholdMinutes: config.queueThresholdMinutes });
		} catch (e) {
			console.error('[notifications] scheduled checks failed; they run again shortly', e);
		} finally {
			running = false;
		}
	};
	setInterval(() => void tick(), config.schedulerIntervalMs).unref();
}
