// Reading classes and pupils, always through the permission check. Pupils are mapped to
// view types here so surnames reach only the staff who may see them.
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../db';
import { classMemberships, classTeachers, classes, parentLinks, users } from '../db/schema';
import type { Actor } from '../../domain/auth/permissions';
import { assertCan, ownSchool } from '../auth/authorize';
import { classResource, pupilResource } from '../auth/resources';
import { currentAcademicYearId } from '../auth/actor';
import { NotFoundError } from '../errors';

export interface ClassSummary {
	id: string;
	name: string;
	yearGroup: number;
	mailboxLocalPart: string;
	pupilCount: number;
	/** Closed at a year-end rollover: shown apart from this year's classes. */
	archived: boolean;
}

export interface RosterPupil {
	id: string;
	username: string;
	firstName: string;
	surname: string;
	parentCount: number;
}

/** Classes a staff member works with: their own for a teacher, all for DSL and admin. */
export async function listClassesForStaff(db: Executor, actor: Actor): Promise<ClassSummary[]> {
	assertCan(actor, 'school.read', ownSchool(actor));
	const yearId = await currentAcademicYearId(db, actor.schoolId);
	const rows = await db
		.select({
			id: classes.id,
			name: classes.name,
			yearGroup: classes.yearGroup,
			mailboxLocalPart: classes.mailboxLocalPart,
			archivedAt: classes.archivedAt
		})
		.from(classes)
		.where(eq(classes.schoolId, actor.schoolId))
		// This year's first, then the archive.
		.orderBy(sql`${classes.archivedAt} is not null`, asc(classes.yearGroup), asc(classes.name));
	const visible = actor.role === 'teacher' ? rows.filter((c) => actor.teachesClassIds.includes(c.id)) : rows;
	const counts =
		yearId && visible.length
			? await countPupils(
					db,
					yearId,
					visible.map((c) => c.id)
				)
			: new Map();
	return visible.map(({ archivedAt, ...c }) => ({ ...c, archived: archivedAt !== null, pupilCount: counts.get(c.id) ?? 0 }));
}

async function countPupils(db: Executor, yearId: string, classIds: string[]) {
	const rows = await db
		.select({ classId: classMemberships.classId })
		.from(classMemberships)
		.where(and(eq(classMemberships.academicYearId, yearId), inArray(classMemberships.classId, classIds)));
	const counts = new Map<string, number>();
	for (const r of rows) counts.set(r.classId, (counts.get(r.classId) ?? 0) + 1);
	return counts;
}

export interface ClassRoster {
	id: string;
	name: string;
	yearGroup: number;
	teachers: { id: string; firstName: string; surname: string }[];
	pupils: RosterPupil[];
}

export async function getClassRoster(db: Executor, actor: Actor, classId: string): Promise<ClassRoster> {
	const resource = await classResource(db, classId);
	if (!resource) throw new NotFoundError('That class does not exist.');
	assertCan(actor, 'class.read', resource);
	const [cls] = await db.select().from(classes).where(eq(classes.id, classId));
	const yearId = await currentAcademicYearId(db, actor.schoolId);
	if (!cls) throw new NotFoundError('That class does not exist.');
	const pupils = yearId
		? await db
				.select({ id: users.id, username: users.username, firstName: users.firstName, surname: users.surname })
				.from(classMemberships)
				.innerJoin(users, eq(users.id, classMemberships.pupilId))
				.where(and(eq(classMemberships.classId, classId), eq(classMemberships.academicYearId, yearId)))
				.orderBy(asc(users.firstName), asc(users.surname))
		: [];
	const teachers = yearId
		? await db
				.select({ id: users.id, firstName: users.firstName, surname: users.surname })
				.from(classTeachers)
				.innerJoin(users, eq(users.id, classTeachers.teacherId))
				.where(and(eq(classTeachers.classId, classId), eq(classTeachers.academicYearId, yearId)))
		: [];
	const links = pupils.length
		? await db
				.select({ pupilId: parentLinks.pupilId })
				.from(parentLinks)
				.where(
					inArray(
						parentLinks.pupilId,
						pupils.map((p) => p.id)
					)
				)
		: [];
	const parentCounts = new Map<string, number>();
	for (const l of links) parentCounts.set(l.pupilId, (parentCounts.get(l.pupilId) ?? 0) + 1);
	return {
		id: cls.id,
		name: cls.name,
		yearGroup: cls.yearGroup,
		teachers,
		pupils: pupils.map((p) => ({ ...p, parentCount: parentCounts.get(p.id) ?? 0 }))
	};
}

export interface PupilOverview {
	id: string;
	firstName: string;
	className: string | null;
}

/** What a parent or the pupil sees of a child: first name and class only. */
export async function getPupilOverview(db: Executor, actor: Actor, pupilId: string): Promise<PupilOverview> {
	const resource = await pupilResource(db, pupilId);
	if (!resource || resource.kind !== 'pupil') throw new NotFoundError('That pupil does not exist.');
	assertCan(actor, 'pupil.read', resource);
	const [pupil] = await db.select({ firstName: users.firstName }).from(users).where(eq(users.id, pupilId));
	const [cls] = resource.classId ? await db.select({ name: classes.name }).from(classes).where(eq(classes.id, resource.classId)) : [];
	return { id: pupilId, firstName: pupil!.firstName, className: cls?.name ?? null };
}
