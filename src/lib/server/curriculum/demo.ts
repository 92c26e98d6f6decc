// Demo data for lessons: one delivered lesson per demo class this term, so the progress
// grid has something to show on first start. In each class the last pupil on the roster
// (by username) was away, so "missed lessons" shows too. Records only; no audit entries,
// because nobody did this.
import { and, asc, eq } from 'drizzle-orm';
import type { Transaction } from '../db';
import { classMemberships, classTeachers, classes, deliveryAttendance, lessonDeliveries, users } from '../db/schema';
import { ageBandForYearGroup, type AgeBand } from '../../domain/curriculum';
import { loadSchoolCalendar, pickTerm } from './calendar';
import { londonDate } from '../../domain/calendar';

// A short lesson per band, recorded at 15 minutes: a quarter of the hour done.
const DEMO_LESSON: Readonly<Record<AgeBand, string>> = {
	'5-7': 'self-image-5-7-the-real-me',
	'7-9': 'privacy-7-11-guard-your-details',
	'9-11': 'self-image-7-11-online-me-real-me'
};
const DEMO_MINUTES = 15;

export async function seedDemoCurriculum(tx: Transaction, schoolId: string, now = new Date()): Promise<void> {
	const calendar = await loadSchoolCalendar(tx, schoolId, londonDate(now));
	const term = pickTerm(calendar);
	// The term's first day, unless the term has not started yet (then nothing to show).
	if (term.startsOn > calendar.today) return;
	const classRows = await tx.select({ id: classes.id, yearGroup: classes.yearGroup }).from(classes).where(eq(classes.schoolId, schoolId));
	for (const cls of classRows) {
		const pupils = await tx
			.select({ id: users.id })
			.from(classMemberships)
			.innerJoin(users, eq(users.id, classMemberships.pupilId))
			.where(and(eq(classMemberships.classId, cls.id), eq(classMemberships.academicYearId, calendar.yearId)))
			.orderBy(asc(users.username));
		if (pupils.length < 2) continue;
		const [teacher] = await tx.select({ id: classTeachers.teacherId }).from(classTeachers).where(eq(classTeachers.classId, cls.id));
		const [delivery] = await tx
			.insert(lessonDeliveries)
			.values({
				schoolId,
				classId: cls.id,
				lessonId: DEMO_LESSON[ageBandForYearGroup(cls.yearGroup)],
				deliveredOn: term.startsOn,
				minutes: DEMO_MINUTES,
				recordedBy: teacher?.id ?? null
			})
			.returning({ id: lessonDeliveries.id });
		await tx.insert(deliveryAttendance).values(pupils.slice(0, -1).map((p) => ({ schoolId, deliveryId: delivery!.id, pupilId: p.id })));
	}
}
