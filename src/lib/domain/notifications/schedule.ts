/**
 * When the notification scheduler acts. Pure: every function takes the current instant.
 *
 * Rules owned here:
 * - the head is emailed when no safeguarding lead has opened an urgent alert 30 minutes after it was raised;
 * - the safeguarding lead's digest goes once a day, at or after the time they chose (London time);
 * - a teacher hears about their queue only during the school day (Monday to Friday,
 *   08:00–17:00 London time) on a term day (a date inside one of the school's terms, as the
 *   admin set them on the term dates page; holidays between terms are not school days),
 *   only when items have waited longer than the threshold (20 minutes unless the school
 *   says otherwise), and at most once an hour.
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

/** A term's first and last day ("2026-09-02"), both inclusive. */
export interface TermDates {
	startsOn: string;
	endsOn: string;
}

/** During the school day (weekday, school hours, London time) on a day inside one of the school's terms. */
export function isSchoolDay(now: Date, terms: readonly TermDates[]): boolean {
	const { date, time } = londonDateAndTime(now);
	const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
	const inTerm = terms.some((term) => date >= term.startsOn && date <= term.endsOn);
	return inTerm && weekday >= 1 && weekday <= 5 && time >= SCHOOL_DAY.from && time < SCHOOL_DAY.to;
}

export function queueEmailDue(input: {
	oldestWaitingSince: Date | null;
	lastEmailAt: Date | null;
	thresholdMinutes: number;
	now: Date;
	terms: readonly TermDates[];
}): boolean {
	if (!input.oldestWaitingSince || !isSchoolDay(input.now, input.terms)) return false;
	if (input.now.getTime() - input.oldestWaitingSince.getTime() <= input.thresholdMinutes * 60_000) return false;
	return !input.lastEmailAt || input.now.getTime() - input.lastEmailAt.getTime() >= QUEUE_EMAIL_GAP_MS;
}
