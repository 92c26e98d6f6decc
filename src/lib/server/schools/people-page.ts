// What the admin's people page shows: everyone in the school, this year's classes, each
// pupil's class and each parent's children, as plain view rows.
import { and, asc, eq, isNull, ne } from 'drizzle-orm';
import type { Executor } from '../db';
import { classMemberships, classes, parentLinks, users } from '../db/schema';
import type { Actor } from '../../domain/auth/permissions';
import type { Role } from '../../domain/auth/roles';
import { assertCan, ownSchool } from '../auth/authorize';
import { currentAcademicYearId } from '../auth/actor';

export interface PeoplePage {
	people: { id: string; name: string; username: string; role: Role; disabled: boolean; className: string | null }[];
	classes: { id: string; name: string }[];
	links: { parentId: string; pupilId: string; label: string }[];
}

export async function loadPeoplePage(db: Executor, actor: Actor, now = new Date()): Promise<PeoplePage> {
	assertCan(actor, 'account.manage', ownSchool(actor));
	const yearId = await currentAcademicYearId(db, actor.schoolId, now);
	const [rows, classRows, memberships, linkRows] = await Promise.all([
		db
			.select({ id: users.id, firstName: users.firstName, surname: users.surname, username: users.username, role: users.role, disabledAt: users.disabledAt })
			.from(users)
			// Erased pupils are anonymised for good: there is nothing left to edit.
			.where(and(eq(users.schoolId, actor.schoolId), ne(users.firstName, 'Former')))
			.orderBy(asc(users.surname), asc(users.firstName)),
		db
			.select({ id: classes.id, name: classes.name })
			.from(classes)
			.where(and(eq(classes.schoolId, actor.schoolId), isNull(classes.archivedAt)))
			.orderBy(asc(classes.yearGroup), asc(classes.name)),
		yearId
			? db
					.select({ pupilId: classMemberships.pupilId, className: classes.name })
					.from(classMemberships)
					.innerJoin(classes, eq(classes.id, classMemberships.classId))
					.where(eq(classMemberships.academicYearId, yearId))
			: Promise.resolve([]),
		db.select({ parentId: parentLinks.parentId, pupilId: parentLinks.pupilId }).from(parentLinks).where(eq(parentLinks.schoolId, actor.schoolId))
	]);
	const classOf = new Map(memberships.map((m) => [m.pupilId, m.className]));
	const nameOf = new Map(rows.map((r) => [r.id, `${r.firstName} ${r.surname}`]));
	return {
		people: rows.map((r) => ({
			id: r.id,
			name: `${r.firstName} ${r.surname}`,
			username: r.username,
			role: r.role,
			disabled: r.disabledAt !== null,
			className: classOf.get(r.id) ?? null
		})),
		classes: classRows,
		links: linkRows
			.filter((l) => nameOf.has(l.parentId) && nameOf.has(l.pupilId))
			.map((l) => ({ ...l, label: `${nameOf.get(l.parentId)} → ${nameOf.get(l.pupilId)}` }))
			.sort((x, y) => x.label.localeCompare(y.label))
	};
}
