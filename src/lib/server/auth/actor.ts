// Builds the Actor the permission rules read: who the user is plus the relationships
// (classes taught, own class, children) for the current academic year, and the
// agreements gate (../agreements/gate.ts) that `can()` applies to gated permissions.
import { and, eq, inArray, lte, gte } from 'drizzle-orm';
import type { Executor } from '../db';
import { academicYears, classMemberships, classTeachers, parentLinks } from '../db/schema';
import type { Actor } from '../../domain/auth/permissions';
import type { SessionUser } from './session';
import { getPupilAccess, getStaffAccess } from '../agreements/gate';
import { getPupilsAccess } from '../agreements/pupils-access';
import { londonDate } from '../../domain/calendar';

export async function currentAcademicYearId(db: Executor, schoolId: string, today = new Date()): Promise<string | null> {
	const day = londonDate(today);
	const [year] = await db
		.select({ id: academicYears.id })
		.from(academicYears)
		.where(and(eq(academicYears.schoolId, schoolId), lte(academicYears.startsOn, day), gte(academicYears.endsOn, day)));
	return year?.id ?? null;
}

const OPEN_GATE: Actor['gate'] = { open: true, missing: [] };

/** The actor with its relationships and the agreements gate (see ../agreements/gate.ts). */
export async function loadActor(db: Executor, user: SessionUser, today = new Date()): Promise<Actor> {
	const actor = await loadRelations(db, user, today);
	return { ...actor, gate: await gateFor(db, actor, today) };
}

/**
 * The actors of many pupils of one school, as loadActor would build each, in a handful of
 * statements for all of them (the live sockets' refresh: ../realtime/pupil-actor-rounds.ts).
 */
export async function loadPupilActors(db: Executor, schoolId: string, pupilIds: readonly string[], today = new Date()): Promise<Map<string, Actor>> {
	const actors = new Map<string, Actor>();
	if (!pupilIds.length) return actors;
	const yearId = await currentAcademicYearId(db, schoolId, today);
	const [memberships, access] = await Promise.all([
		yearId
			? db
					.select({ pupilId: classMemberships.pupilId, classId: classMemberships.classId })
					.from(classMemberships)
					.where(and(inArray(classMemberships.pupilId, [...pupilIds]), eq(classMemberships.academicYearId, yearId)))
			: [],
		getPupilsAccess(db, schoolId, pupilIds, today)
	]);
	const classOf = new Map(memberships.map((m) => [m.pupilId, m.classId]));
	for (const [pupilId, gate] of access)
		actors.set(pupilId, {
			userId: pupilId,
			schoolId,
			role: 'pupil',
			teachesClassIds: [],
			classId: classOf.get(pupilId) ?? null,
			childIds: [],
			gate: { open: gate.open, missing: gate.missing.map((m) => m.code) }
		});
	return actors;
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
			.where(and(eq(classMemberships.pupilId, user.id), eq(classMemberships.academicYearId, yearId)));
		return { ...base, classId: membership?.classId ?? null };
	}
	if (user.role === 'teacher') {
		const taught = await db
			.select({ classId: classTeachers.classId })
			.from(classTeachers)
			.where(and(eq(classTeachers.teacherId, user.id), eq(classTeachers.academicYearId, yearId)));
		return { ...base, teachesClassIds: taught.map((t) => t.classId) };
	}
	return base;
}
