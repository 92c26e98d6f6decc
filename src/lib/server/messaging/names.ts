// Names as a class sees them: pupils by first name (plus an initial where two share one),
// staff by their full name. Built from the class roster so "Oliver S" stays "Oliver S"
// whoever is looking.
import { and, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../db';
import { classMemberships, classTeachers, users } from '../db/schema';
import { displayNames } from '../../domain/messaging/display-names';
import { isStaff } from '../../domain/auth/roles';
import { currentAcademicYearId } from '../auth/actor';

export interface ClassNames {
	nameOf(userId: string): string;
	isStaff(userId: string): boolean;
}

export async function classNames(db: Executor, schoolId: string, classId: string, extraUserIds: string[] = []): Promise<ClassNames> {
	const yearId = await currentAcademicYearId(db, schoolId);
	const pupilRows = yearId
		? await db
				.select({ id: users.id, firstName: users.firstName, surname: users.surname, role: users.role })
				.from(classMemberships)
				.innerJoin(users, eq(users.id, classMemberships.pupilId))
				.where(and(eq(classMemberships.classId, classId), eq(classMemberships.academicYearId, yearId)))
		: [];
	const staffRows = yearId
		? await db
				.select({ id: users.id, firstName: users.firstName, surname: users.surname, role: users.role })
				.from(classTeachers)
				.innerJoin(users, eq(users.id, classTeachers.teacherId))
				.where(and(eq(classTeachers.classId, classId), eq(classTeachers.academicYearId, yearId)))
		: [];
	const known = new Set([...pupilRows, ...staffRows].map((r) => r.id));
	const missing = extraUserIds.filter((id) => !known.has(id));
	const extraRows = missing.length
		? await db
				.select({ id: users.id, firstName: users.firstName, surname: users.surname, role: users.role })
				.from(users)
				.where(and(inArray(users.id, missing), eq(users.schoolId, schoolId)))
		: [];
	const everyone = [...pupilRows, ...staffRows, ...extraRows];
	const pupilNames = displayNames(everyone.filter((r) => r.role === 'pupil'));
	const staff = new Map(everyone.filter((r) => isStaff(r.role)).map((r) => [r.id, `${r.firstName} ${r.surname}`]));
	return {
		nameOf: (id) => staff.get(id) ?? pupilNames.get(id) ?? 'Someone',
		isStaff: (id) => staff.has(id)
	};
}
