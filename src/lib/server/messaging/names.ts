// Names as a class sees them: pupils by first name (plus an initial where two share one),
// staff by their full name; and, for staff views, everyone's full name. Built from the
// class roster so "Oliver S" stays "Oliver S" whoever is looking. Every approved message
// needs these, so each class's directory is kept for 30 seconds; an unknown id (a pupil
// added since) reloads it at once.
import { and, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../db';
import { classMemberships, classTeachers, classes, users } from '../db/schema';
import { displayNames } from '../../domain/messaging/display-names';
import { isStaff, type Role } from '../../domain/auth/roles';
import { currentAcademicYearId } from '../auth/actor';

export interface ClassNames {
	className: string;
	/** The name other children see. */
	nameOf(userId: string): string;
	/** First name and surname, for staff only. */
	fullNameOf(userId: string): string;
	isStaff(userId: string): boolean;
	has(userId: string): boolean;
}

interface Person {
	id: string;
	firstName: string;
	surname: string;
	role: Role;
}

const TTL_MS = 30_000;
const cache = new Map<string, { names: Promise<ClassNames>; at: number }>();
const person = { id: users.id, firstName: users.firstName, surname: users.surname, role: users.role };

async function loadPeople(db: Executor, schoolId: string, classId: string, extraUserIds: string[]): Promise<Person[]> {
	const yearId = await currentAcademicYearId(db, schoolId);
	const pupils = yearId
		? await db
				.select(person)
				.from(classMemberships)
				.innerJoin(users, eq(users.id, classMemberships.pupilId))
				.where(and(eq(classMemberships.classId, classId), eq(classMemberships.academicYearId, yearId)))
		: [];
	const staff = yearId
		? await db
				.select(person)
				.from(classTeachers)
				.innerJoin(users, eq(users.id, classTeachers.teacherId))
				.where(and(eq(classTeachers.classId, classId), eq(classTeachers.academicYearId, yearId)))
		: [];
	const known = new Set([...pupils, ...staff].map((r) => r.id));
	const missing = extraUserIds.filter((id) => !known.has(id));
	const extra = missing.length
		? await db
				.select(person)
				.from(users)
				.where(and(inArray(users.id, missing), eq(users.schoolId, schoolId)))
		: [];
	return [...pupils, ...staff, ...extra];
}

function directory(className: string, everyone: Person[]): ClassNames {
	const pupilNames = displayNames(everyone.filter((r) => r.role === 'pupil'));
	const full = new Map(everyone.map((r) => [r.id, `${r.firstName} ${r.surname}`]));
	const staff = new Set(everyone.filter((r) => isStaff(r.role)).map((r) => r.id));
	return {
		className,
		nameOf: (id) => (staff.has(id) ? full.get(id)! : (pupilNames.get(id) ?? 'Someone')),
		fullNameOf: (id) => full.get(id) ?? 'Unknown',
		isStaff: (id) => staff.has(id),
		has: (id) => full.has(id)
	};
}

export async function classNames(db: Executor, schoolId: string, classId: string, userIds: string[] = [], now = Date.now()): Promise<ClassNames> {
	const hit = cache.get(classId);
	if (hit && now - hit.at < TTL_MS) {
		const names = await hit.names.catch(() => null);
		if (names && userIds.every((id) => names.has(id))) return names;
	}
	// One read per class at a time: the calls that arrive while it runs (a busy class's
	// messages) wait for it instead of each reading the roster again.
	const loading = (async () => {
		const [cls] = await db.select({ name: classes.name }).from(classes).where(eq(classes.id, classId));
		return directory(cls?.name ?? '', await loadPeople(db, schoolId, classId, userIds));
	})();
	cache.set(classId, { names: loading, at: now });
	loading.catch(() => cache.get(classId)?.names === loading && cache.delete(classId));
	return loading;
}
