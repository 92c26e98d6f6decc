// Recording a lesson a teacher delivered to their class: which lesson, when, how many
// minutes, and who was present. Rules: only the class's teacher records (lessons.record);
// the domain validates the date against the school's term and the pupils against this
// year's roster; the delivery, its attendance and the audit entry commit together, so a
// bad request writes nothing at all.
import type { Database } from '../db';
import { deliveryAttendance, lessonDeliveries } from '../db/schema';
import type { Actor } from '../../domain/auth/permissions';
import { findTermContaining, validateDeliveryInput, type DeliveryInput, type IsoDate } from '../../domain/curriculum';
import { assertCan } from '../auth/authorize';
import { classResource } from '../auth/resources';
import { recordAudit } from '../audit/record';
import { NotFoundError } from '../errors';
import { loadSchoolCalendar, pickTerm } from './calendar';
import { loadLessonIndex, schoolLessonIdFor } from './lesson-index';
import { loadPupils } from './records';
import { throwFirstError } from './errors';
import { londonDate } from '../../domain/calendar';

export interface RecordedDelivery {
	id: string;
	lessonTitle: string;
	minutes: number;
	presentCount: number;
	absentCount: number;
}

export async function recordDelivery(db: Database, actor: Actor, input: DeliveryInput, options: { today?: IsoDate } = {}): Promise<RecordedDelivery> {
	const resource = await classResource(db, input.classId);
	if (!resource) throw new NotFoundError('That class does not exist.');
	assertCan(actor, 'lessons.record', resource);
	const calendar = await loadSchoolCalendar(db, actor.schoolId, options.today ?? londonDate(new Date()));
	// A lesson from an earlier term this year may still be recorded; otherwise the error
	// names the term the page is showing.
	const term = findTermContaining(calendar.terms, input.deliveredOn) ?? pickTerm(calendar);
	const [lessons, pupils] = await Promise.all([loadLessonIndex(db, actor.schoolId), loadPupils(db, actor.schoolId, calendar.yearId, input.classId)]);
	const checked = validateDeliveryInput(input, {
		term,
		today: calendar.today,
		classPupilIds: new Set(pupils.map((p) => p.id)),
		lessons
	});
	if (!checked.ok) throwFirstError(checked.errors);
	const draft = checked.value;
	const lesson = lessons.get(draft.lessonId)!;
	const id = await db.transaction(async (tx) => {
		const [row] = await tx
			.insert(lessonDeliveries)
			.values({
				schoolId: actor.schoolId,
				classId: draft.classId,
				lessonId: lesson.id,
				schoolLessonId: schoolLessonIdFor(lesson),
				deliveredOn: draft.deliveredOn,
				minutes: draft.minutes,
				recordedBy: actor.userId
			})
			.returning({ id: lessonDeliveries.id });
		await tx.insert(deliveryAttendance).values(draft.presentPupilIds.map((pupilId) => ({ schoolId: actor.schoolId, deliveryId: row!.id, pupilId })));
		await recordAudit(tx, {
			schoolId: actor.schoolId,
			actorId: actor.userId,
			action: 'lessons.delivery_recorded',
			targetType: 'lesson_delivery',
			targetId: row!.id,
			details: { classId: draft.classId, lessonId: lesson.id, deliveredOn: draft.deliveredOn, minutes: draft.minutes, present: draft.presentPupilIds.length }
		});
		return row!.id;
	});
	return {
		id,
		lessonTitle: lesson.title,
		minutes: draft.minutes,
		presentCount: draft.presentPupilIds.length,
		absentCount: pupils.length - draft.presentPupilIds.length
	};
}
