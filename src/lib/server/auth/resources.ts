// Turns ids from a URL or a socket event into permission resources, reading the owning
// school from the database rather than trusting the caller. Unknown ids give null (→ 404).
import { and, eq } from 'drizzle-orm';
import type { Executor } from '../db';
import { classMemberships, classes, users } from '../db/schema';
import type { Resource } from '../../domain/auth/permissions';
import { currentAcademicYearId } from './actor';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: string): boolean => UUID.test(value);

export async function classResource(db: Executor, classId: string): Promise<Resource | null> {
	if (!isUuid(classId)) return null;
	const [row] = await db.select({ schoolId: classes.schoolId }).from(classes).where(eq(classes.id, classId));
	return row ? { kind: 'class', schoolId: row.schoolId, classId } : null;
}

export async function pupilResource(db: Executor, pupilId: string): Promise<Resource | null> {
	if (!isUuid(pupilId)) return null;
	const [pupil] = await db.select({ schoolId: users.schoolId, role: users.role }).from(users).where(eq(users.id, pupilId));
	if (!pupil || pupil.role !== 'pupil') return null;
	const yearId = await currentAcademicYearId(db, pupil.schoolId);
	const [membership] = yearId
		? await db
				.select({ classId: classMemberships.classId })
				.from(classMemberships)
				.where(and(eq(classMemberships.pupilId, pupilId), eq(classMemberships.academicYearId, yearId)))
		: [];
	return { kind: 'pupil', schoolId: pupil.schoolId, pupilId, classId: membership?.classId ?? null };
}
