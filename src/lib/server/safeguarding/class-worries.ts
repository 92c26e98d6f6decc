// The class teacher's side of "I'm worried": which pupils of the class pressed it in the last
// week, and when. Never their words: those are for the DSL alone, who decides what to share.
// Seeing the list marks the teacher's own notifications about them as opened.
import { and, desc, eq, gte } from 'drizzle-orm';
import type { Executor } from '../db';
import { classMemberships, concernPupils, concerns, users } from '../db/schema';
import type { Actor } from '../../domain/auth/permissions';
import { assertCan } from '../auth/authorize';
import { currentAcademicYearId } from '../auth/actor';
import { classResource } from '../auth/resources';
import { NotFoundError } from '../errors';
import { markNotificationsOpened } from '../notifications/alerts';

// A week: long enough to see a pupil's request after a weekend, short enough to stay a prompt.
const SHOWN_FOR_MS = 7 * 86_400_000;

export interface ClassWorry {
	concernId: string;
	pupilId: string;
	name: string;
	at: Date;
}

export async function listClassWorries(db: Executor, actor: Actor, classId: string, now = new Date()): Promise<ClassWorry[]> {
	// The class's own school, read from the database: another school's staff are refused.
	const resource = await classResource(db, classId);
	if (!resource) throw new NotFoundError('That class does not exist.');
	assertCan(actor, 'class.read', resource);
	const yearId = await currentAcademicYearId(db, actor.schoolId, now);
	if (!yearId) return [];
	const rows = await db
		.select({ concernId: concerns.id, pupilId: concernPupils.pupilId, firstName: users.firstName, surname: users.surname, at: concerns.createdAt })
		.from(concerns)
		.innerJoin(concernPupils, eq(concernPupils.concernId, concerns.id))
		.innerJoin(
			classMemberships,
			and(eq(classMemberships.pupilId, concernPupils.pupilId), eq(classMemberships.classId, classId), eq(classMemberships.academicYearId, yearId))
		)
		.innerJoin(users, eq(users.id, concernPupils.pupilId))
		.where(and(eq(concerns.schoolId, actor.schoolId), eq(concerns.kind, 'pupil-worried'), gte(concerns.createdAt, new Date(now.getTime() - SHOWN_FOR_MS))))
		.orderBy(desc(concerns.createdAt));
	for (const r of rows) await markNotificationsOpened(db, actor.userId, { type: 'concern', id: r.concernId }, now);
	return rows.map((r) => ({ concernId: r.concernId, pupilId: r.pupilId, name: `${r.firstName} ${r.surname}`, at: r.at }));
}
