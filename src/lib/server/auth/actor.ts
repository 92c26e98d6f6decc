// Builds the Actor the permission rules read: who the user is plus the relationships
// (classes taught, own class, children) for the current academic year, and the
// agreements gate (../agreements/gate.ts) that `can()` applies to gated permissions. The
// same actors for many users of one school at once: ./actors-of-school.ts.
import { and, eq, lte, gte, type AnyColumn, type SQL } from 'drizzle-orm';
import type { Executor } from '../db';
import { academicYears, classMemberships, classTeachers, classes, parentLinks } from '../db/schema';
import type { Actor } from '../../domain/auth/permissions';
import type { SessionUser } from './session';
import { getPupilAccess, getStaffAccess } from '../agreements/gate';
import { londonDate } from '../../domain/calendar';

export async function currentAcademicYearId(db: Executor, schoolId: string, today = new Date()): Promise<string | null> {
	const day = londonDate(today);
	const [year] = await db
		.select({ id: academicYears.id })
		.from(academicYears)
		.where(and(eq(academicYears.schoolId, schoolId), lte(academicYears.startsOn, day), gte(academicYears.endsOn, day)));
	return year?.id ?? null;
}

export const OPEN_GATE: Actor['gate'] = { open: true, missing: [] };

/**
 * Joins a class row only when the class is the school's: a class taught or attended is one of
 * the user's own school's, whatever a stray row says, so no socket joins another school's room.
 */
export function classOfSchool(classIdColumn: AnyColumn, schoolId: string): SQL | undefined {
	return and(eq(classes.id, classIdColumn), eq(classes.schoolId, schoolId));
}

/** The actor with its relationships and the agreements gate (see ../agreements/gate.ts). */
export async function loadActor(db: Executor, user: SessionUser, today = new Date()): Promise<Actor> {
	const actor = await loadRelations(db, user, today);
	return { ...actor, gate: await gateFor(db, actor, today) };
}

async function gateFor(db: Executor, actor: Actor, now: Date): Promise<Actor['gate']> {
	// Parents are never gated: they sign for their children, and the children's gate shows it.
	if (actor.role === 'parent') return OPEN_GATE;
	// Governors see no child's data, so no pupil-facing agreement gates them.
	if (actor.role === 'governor') return OPEN_GATE;
	if (actor.role === 'pupil') {
		const access = await getPupilAccess(db, actor.schoolId, actor.userId, now);
		return { open: access.open, missing: access.missing.map((m) => m.code) };
	}
	const access = await getStaffAccess(db, actor.schoolId, actor.userId, now);
	return { open: access.open, missing: access.missing.map((m) => m.code), owedPolicies: access.owedPolicies };
}

async function loadRelations(db: Executor, user: SessionUser, today: Date): Promise<Actor> {
	const base: Actor = {
		userId: user.id,
		schoolId: user.schoolId,
		role: user.role,
		teachesClassIds: [],
		classId: null,
		childIds: [],
		gate: OPEN_GATE
	};
	if (user.role === 'parent') {
		const links = await db
			.select({ pupilId: parentLinks.pupilId })
			.from(parentLinks)
			.where(and(eq(parentLinks.parentId, user.id), eq(parentLinks.schoolId, user.schoolId)));
		return { ...base, childIds: links.map((l) => l.pupilId) };
	}
	const yearId = await currentAcademicYearId(db, user.schoolId, today);
	if (!yearId) return base;
	if (user.role === 'pupil') {
		const [membership] = await db
			.select({ classId: classMemberships.classId })
			.from(classMemberships)
			.innerJoin(classes, classOfSchool(classMemberships.classId, user.schoolId))
			.where(and(eq(classMemberships.pupilId, user.id), eq(classMemberships.academicYearId, yearId)));
		return { ...base, classId: membership?.classId ?? null };
	}
	if (user.role === 'teacher') {
		const taught = await db
			.select({ classId: classTeachers.classId })
			.from(classTeachers)
			.innerJoin(classes, classOfSchool(classTeachers.classId, user.schoolId))
			.where(and(eq(classTeachers.teacherId, user.id), eq(classTeachers.academicYearId, yearId)));
		return { ...base, teachesClassIds: taught.map((t) => t.classId) };
	}
	return base;
}
