// The actors of many users of one school, as loadActor (./actor.ts) builds each, in one
// statement per kind of row for all of them, whatever their number: the live sockets'
// permission rounds (../realtime/actor-rounds.ts) read every connected user of a school this way,
// where each socket used to read its own. Pupils, staff and parents each have their loader;
// governors need no row (no relations, never gated).
import { and, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../db';
import { classMemberships, classTeachers, classes, parentLinks } from '../db/schema';
import type { Actor } from '../../domain/auth/permissions';
import { isStaff, type Role } from '../../domain/auth/roles';
import { getPupilsAccess } from '../agreements/pupils-access';
import { getStaffsAccess } from '../agreements/staff-access';
import { currentAcademicYearId, classOfSchool, OPEN_GATE } from './actor';

export interface SchoolUser {
	id: string;
	role: Role;
}

type Loader = (db: Executor, schoolId: string, ids: readonly string[], today: Date) => Promise<Map<string, Actor>>;

const bare = (schoolId: string, userId: string, role: Role): Actor => ({
	userId,
	schoolId,
	role,
	teachesClassIds: [],
	classId: null,
	childIds: [],
	gate: OPEN_GATE
});

/** Each pupil's class this year and their agreements gate. */
const loadPupilActors: Loader = async (db, schoolId, pupilIds, today) => {
	const actors = new Map<string, Actor>();
	if (!pupilIds.length) return actors;
	const yearId = await currentAcademicYearId(db, schoolId, today);
	const [memberships, access] = await Promise.all([
		yearId
			? db
					.select({ pupilId: classMemberships.pupilId, classId: classMemberships.classId })
					.from(classMemberships)
					.innerJoin(classes, classOfSchool(classMemberships.classId, schoolId))
					.where(and(inArray(classMemberships.pupilId, [...pupilIds]), eq(classMemberships.academicYearId, yearId)))
			: [],
		getPupilsAccess(db, schoolId, pupilIds, today)
	]);
	const classOf = new Map(memberships.map((m) => [m.pupilId, m.classId]));
	for (const [pupilId, gate] of access)
		actors.set(pupilId, {
			...bare(schoolId, pupilId, 'pupil'),
			classId: classOf.get(pupilId) ?? null,
			gate: { open: gate.open, missing: gate.missing.map((m) => m.code) }
		});
	return actors;
};

/** Each member of staff's classes taught this year (teachers only) and their agreements gate. */
async function loadStaffActors(db: Executor, schoolId: string, staff: readonly SchoolUser[], today: Date): Promise<Map<string, Actor>> {
	const actors = new Map<string, Actor>();
	if (!staff.length) return actors;
	const teacherIds = staff.filter((u) => u.role === 'teacher').map((u) => u.id);
	const yearId = teacherIds.length ? await currentAcademicYearId(db, schoolId, today) : null;
	const [taught, access] = await Promise.all([
		yearId
			? db
					.select({ teacherId: classTeachers.teacherId, classId: classTeachers.classId })
					.from(classTeachers)
					.innerJoin(classes, classOfSchool(classTeachers.classId, schoolId))
					.where(and(inArray(classTeachers.teacherId, teacherIds), eq(classTeachers.academicYearId, yearId)))
			: [],
		getStaffsAccess(
			db,
			schoolId,
			staff.map((u) => u.id),
			today
		)
	]);
	for (const user of staff) {
		const gate = access.get(user.id)!;
		actors.set(user.id, {
			...bare(schoolId, user.id, user.role),
			teachesClassIds: taught.filter((t) => t.teacherId === user.id).map((t) => t.classId),
			gate: { open: gate.open, missing: gate.missing.map((m) => m.code), owedPolicies: gate.owedPolicies }
		});
	}
	return actors;
}

/** Each parent's children linked in this school. */
const loadParentActors: Loader = async (db, schoolId, parentIds) => {
	const actors = new Map<string, Actor>();
	if (!parentIds.length) return actors;
	const links = await db
		.select({ parentId: parentLinks.parentId, pupilId: parentLinks.pupilId })
		.from(parentLinks)
		.where(and(inArray(parentLinks.parentId, [...parentIds]), eq(parentLinks.schoolId, schoolId)));
	for (const parentId of parentIds)
		actors.set(parentId, { ...bare(schoolId, parentId, 'parent'), childIds: links.filter((l) => l.parentId === parentId).map((l) => l.pupilId) });
	return actors;
};

/** Every user's actor, keyed by user id; each role read by its own loader, all at once. */
export async function loadActorsOfSchool(db: Executor, schoolId: string, users: readonly SchoolUser[], today = new Date()): Promise<Map<string, Actor>> {
	const unique = [...new Map(users.map((u) => [u.id, u])).values()];
	const idsOf = (match: (role: Role) => boolean) => unique.filter((u) => match(u.role)).map((u) => u.id);
	const loaded = await Promise.all([
		loadPupilActors(
			db,
			schoolId,
			idsOf((r) => r === 'pupil'),
			today
		),
		loadStaffActors(
			db,
			schoolId,
			unique.filter((u) => isStaff(u.role)),
			today
		),
		loadParentActors(
			db,
			schoolId,
			idsOf((r) => r === 'parent'),
			today
		)
	]);
	const actors = new Map(loaded.flatMap((byId) => [...byId]));
	for (const id of idsOf((r) => r === 'governor')) actors.set(id, bare(schoolId, id, 'governor'));
	return actors;
}
