/**
 * Waiting-time labels. (The queue's order, oldest first with ties broken on id, is the
 * SQL's: moderation/queue.ts.)
 *
 * Rule owned here:
 * - waiting time reads in UK English abbreviations: "under 1 min", "2 min",
 *   "1 h 5 min", "1 day 3 h".
 */
const MINUTE_MS = 60_000;
const MINUTES_PER_HOUR = 60;
const MINUTES_PER_DAY = 24 * MINUTES_PER_HOUR;

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
