/**
 * When the notification scheduler acts. Pure: every function takes the current instant.
 *
 * Rules owned here:
 * - the head is emailed when no safeguarding lead has opened an urgent alert 30 minutes after it was raised;
 * - the safeguarding lead's digest goes once a day, at or after the time they chose (London time);
 * - a teacher hears about their queue only on a school day (Monday to Friday, 08:00–17:00
 *   London time), only when items have waited longer than the threshold (20 minutes unless
 *   the school says otherwise), and at most once an hour.
 */
import { londonDateAndTime } from '../calendar';

export const HEAD_ESCALATION_MS = 30 * 60_000;
export const QUEUE_THRESHOLD_MINUTES = 20;
export const QUEUE_EMAIL_GAP_MS = 60 * 60_000;
const SCHOOL_DAY = { from: '08:00', to: '17:00' } as const;

export function headEscalationDue(raisedAt: Date, now: Date): boolean {
	return now.getTime() - raisedAt.getTime() >= HEAD_ESCALATION_MS;
}

export function digestDue(digestTime: string, lastDigestAt: Date | null, now: Date): boolean {
	const today = londonDateAndTime(now);
	if (today.time < digestTime) return false;
	return !lastDigestAt || londonDateAndTime(lastDigestAt).date < today.date;
}

export function isSchoolDay(now: Date): boolean {
	const { date, time } = londonDateAndTime(now);
	const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
	return weekday >= 1 && weekday <= 5 && time >= SCHOOL_DAY.from && time < SCHOOL_DAY.to;
}

export function queueEmailDue(input: { oldestWaitingSince: Date | null; lastEmailAt: Date | null; thresholdMinutes: number; now: Date }): boolean {
	if (!input.oldestWaitingSince || !isSchoolDay(input.now)) return false;
	if (input.now.getTime() - input.oldestWaitingSince.getTime() <= input.thresholdMinutes * 60_000) return false;
	return !input.lastEmailAt || input.now.getTime() - input.lastEmailAt.getTime() >= QUEUE_EMAIL_GAP_MS;
}
