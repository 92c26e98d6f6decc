/**
 * Queue order and waiting-time labels.
 *
 * Rules owned here:
 * - the queue is oldest first, so nobody's message waits behind newer ones; ties
 *   break on id so the order is stable across reloads and live updates;
 * - waiting time reads in UK English abbreviations: "under 1 min", "2 min",
 *   "1 h 5 min", "1 day 3 h".
 */
import type { ReviewItem } from './types';

const MINUTE_MS = 60_000;
const MINUTES_PER_HOUR = 60;
const MINUTES_PER_DAY = 24 * MINUTES_PER_HOUR;

export function sortQueue(items: readonly ReviewItem[]): ReviewItem[] {
	return [...items].sort((a, b) => {
		const byTime = a.submittedAt.getTime() - b.submittedAt.getTime();
		if (byTime !== 0) return byTime;
		return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
	});
}

/** Age label for an item submitted at `from`; a clock slightly behind counts as no wait. */
export function formatAge(from: Date, now: Date): string {
	const minutes = Math.floor(Math.max(0, now.getTime() - from.getTime()) / MINUTE_MS);
	if (minutes < 1) return 'under 1 min';
	if (minutes < MINUTES_PER_HOUR) return `${minutes} min`;
	if (minutes < MINUTES_PER_DAY) {
		const hours = Math.floor(minutes / MINUTES_PER_HOUR);
		const rest = minutes % MINUTES_PER_HOUR;
		return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
	}
	const days = Math.floor(minutes / MINUTES_PER_DAY);
	const hours = Math.floor((minutes % MINUTES_PER_DAY) / MINUTES_PER_HOUR);
	const dayLabel = days === 1 ? '1 day' : `${days} days`;
	return hours === 0 ? dayLabel : `${dayLabel} ${hours} h`;
}
