// Reads what the school already holds, in the shape the dry run compares a file with.
import { and, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db';
import { classMemberships, classTeachers, classes, parentLinks, users } from '../../db/schema';
import type { ExistingSchool } from '../../../domain/schools/import/plan';

export async function loadExistingSchool(db: Executor, schoolId: string, yearId: string): Promise<ExistingSchool> {
	const [classRows, people, memberships, teaching, links] = await Promise.all([
		db
			.select({ id: classes.id, key: classes.externalKey, name: classes.name, yearGroup: classes.yearGroup })
			.from(classes)
			.where(eq(classes.schoolId, schoolId)),
		db
			.select({
				id: users.id,
				key: users.externalKey,
				role: users.role,
				firstName: users.firstName,
				surname: users.surname,
				email: users.email,
				dateOfBirth: users.dateOfBirth
			})
			.from(users)
			.where(and(eq(users.schoolId, schoolId), inArray(users.role, ['pupil', 'parent', 'teacher', 'dsl', 'admin']))),
		db
			.select({ pupilId: classMemberships.pupilId, classId: classMemberships.classId })
			.from(classMemberships)
			.where(and(eq(classMemberships.schoolId, schoolId), eq(classMemberships.academicYearId, yearId))),
		db
			.select({ teacherId: classTeachers.teacherId, classId: classTeachers.classId })
			.from(classTeachers)
			.where(and(eq(classTeachers.schoolId, schoolId), eq(classTeachers.academicYearId, yearId))),
		db.select({ parentId: parentLinks.parentId, pupilId: parentLinks.pupilId }).from(parentLinks).where(eq(parentLinks.schoolId, schoolId))
	]);
	const classOf = new Map(memberships.map((m) => [m.pupilId, m.classId]));
	const taught = group(teaching.map((t) => [t.teacherId, t.classId]));
	const children = group(links.map((l) => [l.parentId, l.pupilId]));
	return {
		classes: classRows,
		people: people.map((p) => ({
			...p,
			email: p.email ?? null,
			classId: classOf.get(p.id) ?? null,
			teachesClassIds: taught.get(p.id) ?? [],
			childIds: children.get(p.id) ?? []
		}))
	};
}

function group(pairs: [string, string][]): Map<string, string[]> {
	const map = new Map<string, string[]>();
	for (const [k, v] of pairs) map.set(k, [...(map.get(k) ?? []), v]);
	return map;
}
