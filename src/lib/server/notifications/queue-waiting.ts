// Teachers hear when their review queue has waited too long during the school day on a
// term day (the school's own term dates, as set on the term dates page): one email with how
// many items and the oldest's age, at most once an hour (rules in
// domain/notifications/schedule.ts). Only the classes they teach this academic year count.
import { and, asc, eq, gte, lte, max, sql } from 'drizzle-orm';
import type { Transaction } from '../db';
import { academicYears, classTeachers, notifications, reviewItems, terms, users } from '../db/schema';
import { ensureAcademicYear } from '../schools/academic-years';
import { isSchoolDay, queueEmailDue } from '../../domain/notifications/schedule';
import { londonDateAndTime } from '../../domain/calendar';
import { notify } from './notify';
import type { Channel } from './senders';

export async function notifyWaitingQueues(tx: Transaction, schoolId: string, now: Date, thresholdMinutes: number): Promise<Channel[]> {
	// The year's terms are made with English defaults on first need, as the calendar does.
	const yearId = await ensureAcademicYear(tx, schoolId, now);
	const termDates = await tx.select({ startsOn: terms.startsOn, endsOn: terms.endsOn }).from(terms).where(eq(terms.academicYearId, yearId));
	if (!isSchoolDay(now, termDates)) return [];
	const today = londonDateAndTime(now).date;
	const cutoff = new Date(now.getTime() - thresholdMinutes * 60_000);
	const waiting = await tx
		.select({ teacherId: classTeachers.teacherId, submittedAt: reviewItems.submittedAt })
		.from(reviewItems)
		.innerJoin(classTeachers, eq(classTeachers.classId, reviewItems.classId))
		.innerJoin(academicYears, eq(academicYears.id, classTeachers.academicYearId))
		.innerJoin(users, eq(users.id, classTeachers.teacherId))
		.where(
			and(
				eq(reviewItems.schoolId, schoolId),
				eq(reviewItems.status, 'pending'),
				lte(reviewItems.submittedAt, cutoff),
				lte(academicYears.startsOn, today),
				gte(academicYears.endsOn, today),
				sql`${users.disabledAt} is null`
			)
		)
		.orderBy(asc(reviewItems.submittedAt));
	const byTeacher = new Map<string, Date[]>();
	for (const row of waiting) byTeacher.set(row.teacherId, [...(byTeacher.get(row.teacherId) ?? []), row.submittedAt]);
	const used: Channel[] = [];
	for (const [teacherId, times] of byTeacher) {
		const [last] = await tx
			.select({ at: max(notifications.createdAt) })
			.from(notifications)
			.where(and(eq(notifications.userId, teacherId), eq(notifications.reason, 'queue.waiting')));
		const lastEmailAt = last?.at ? new Date(last.at) : null;
		if (!queueEmailDue({ oldestWaitingSince: times[0]!, lastEmailAt, thresholdMinutes, now, terms: termDates })) continue;
		used.push(
			...(await notify(tx, {
				schoolId,
				userId: teacherId,
				facts: { reason: 'queue.waiting', count: times.length, oldestMinutes: Math.floor((now.getTime() - times[0]!.getTime()) / 60_000), thresholdMinutes },
				channels: ['email'],
				link: '/staff/moderation',
				dedupeKey: `queue.waiting:${teacherId}:${Math.floor(now.getTime() / 3_600_000)}`,
				now
			}))
		);
	}
	return used;
}
