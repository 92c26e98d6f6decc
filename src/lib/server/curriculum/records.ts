// Reading minutes records and rosters as the domain's types. Deliveries come back with
// their present pupils folded into one row each (string_agg reads the same on PGlite and
// postgres.js), so a year of a large school's records is a few thousand rows, not tens
// of thousands.
import { and, asc, eq, gte, inArray, isNull, lte, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../db';
import { classMemberships, classes, deliveryAttendance, lessonCompletions, lessonDeliveries, users } from '../db/schema';
import { pupilDisplayNames, type ClassInfo, type IsoDate, type LessonCompletion, type LessonDelivery, type PupilInfo } from '../../domain/curriculum';

export interface DeliveryFilter {
	schoolId: string;
	from: IsoDate;
	to: IsoDate;
	classIds?: readonly string[];
	/** Only deliveries this pupil attended. */
	pupilId?: string;
}

export async function loadDeliveries(db: Executor, filter: DeliveryFilter): Promise<LessonDelivery[]> {
	const where: SQL[] = [
		eq(lessonDeliveries.schoolId, filter.schoolId),
		gte(lessonDeliveries.deliveredOn, filter.from),
		lte(lessonDeliveries.deliveredOn, filter.to)
	];
	if (filter.classIds) where.push(inArray(lessonDeliveries.classId, [...filter.classIds]));
	if (filter.pupilId) where.push(eq(deliveryAttendance.pupilId, filter.pupilId));
	const rows = await db
		.select({
			id: lessonDeliveries.id,
			classId: lessonDeliveries.classId,
			lessonId: lessonDeliveries.lessonId,
			deliveredOn: lessonDeliveries.deliveredOn,
			minutes: lessonDeliveries.minutes,
			present: sql<string>`string_agg(${deliveryAttendance.pupilId}::text, ',')`
		})
		.from(lessonDeliveries)
		.innerJoin(deliveryAttendance, eq(deliveryAttendance.deliveryId, lessonDeliveries.id))
		.where(and(...where))
		.groupBy(lessonDeliveries.id)
		.orderBy(asc(lessonDeliveries.deliveredOn));
	return rows.map(({ present, ...row }) => ({ ...row, presentPupilIds: present.split(',') }));
}

export interface CompletionFilter {
	schoolId: string;
	/**
	 * Self-study worked on from this day on, wherever it started: its minutes may have been
	 * earned in the range. Safe because a counted row is a pupil's only one for that lesson in
	 * its academic year (the unique index allows one), so nothing before the range can make
	 * one in it a repeat. Leave it out to read all.
	 */
	from?: IsoDate;
	/** Self-study started up to this day (its later minutes fall outside the range). */
	to: IsoDate;
	pupilIds?: readonly string[];
}

/** Pupils' self-study as the domain counts it: the day it started, minutes earned each day, done. */
export async function loadCompletions(db: Executor, filter: CompletionFilter): Promise<LessonCompletion[]> {
	const where: SQL[] = [
		eq(lessonCompletions.schoolId, filter.schoolId),
		lte(lessonCompletions.startedOn, filter.to),
		eq(lessonCompletions.countsTowardsMinutes, true)
	];
	if (filter.from) where.push(gte(lessonCompletions.lastStudiedOn, filter.from));
	if (filter.pupilIds) where.push(inArray(lessonCompletions.pupilId, [...filter.pupilIds]));
	return db
		.select({
			pupilId: lessonCompletions.pupilId,
			lessonId: lessonCompletions.lessonId,
			startedOn: lessonCompletions.startedOn,
			minutesByDay: lessonCompletions.minutesByDay,
			passedOn: lessonCompletions.completedOn
		})
		.from(lessonCompletions)
		.where(and(...where));
}

/** The school's classes that are not archived, youngest first. */
export async function loadClasses(db: Executor, schoolId: string, classId?: string): Promise<ClassInfo[]> {
	const where = [eq(classes.schoolId, schoolId), isNull(classes.archivedAt)];
	if (classId) where.push(eq(classes.id, classId));
	return db
		.select({ id: classes.id, name: classes.name, yearGroup: classes.yearGroup })
		.from(classes)
		.where(and(...where))
		.orderBy(asc(classes.yearGroup), asc(classes.name));
}

/** Which class each pupil is in this year, without names: for counts across the school. */
export async function loadPupilClasses(db: Executor, schoolId: string, yearId: string): Promise<PupilInfo[]> {
	const rows = await db
		.select({ id: classMemberships.pupilId, classId: classMemberships.classId })
		.from(classMemberships)
		.where(and(eq(classMemberships.schoolId, schoolId), eq(classMemberships.academicYearId, yearId)));
	return rows.map((row) => ({ ...row, displayName: '' }));
}

/** Pupils on the roster this academic year, named as the curriculum shows them. */
export async function loadPupils(db: Executor, schoolId: string, yearId: string, classId?: string): Promise<PupilInfo[]> {
	const where = [eq(classMemberships.schoolId, schoolId), eq(classMemberships.academicYearId, yearId)];
	if (classId) where.push(eq(classMemberships.classId, classId));
	const rows = await db
		.select({ id: users.id, classId: classMemberships.classId, firstName: users.firstName, surname: users.surname })
		.from(classMemberships)
		.innerJoin(users, eq(users.id, classMemberships.pupilId))
		.where(and(...where));
	// Names are made unique within each class, where they are read together.
	const byClass = new Map<string, typeof rows>();
	for (const row of rows) {
		const list = byClass.get(row.classId);
		if (list) list.push(row);
		else byClass.set(row.classId, [row]);
	}
	const names = new Map<string, string>();
	for (const list of byClass.values()) for (const [id, name] of pupilDisplayNames(list)) names.set(id, name);
	return rows.map((row) => ({ id: row.id, classId: row.classId, displayName: names.get(row.id) ?? row.firstName }));
}
