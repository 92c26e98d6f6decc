// Builds a small school for one test: two classes with a teacher each, pupils, a parent
// per pupil (`parent` is the first pupil's), a DSL and an admin. Names carry a random
// suffix so tests never collide. By default everyone has signed the current agreements
// and every parent has given every consent, so the agreements gate is open; pass
// `{ unsigned: true }` for a school where nobody has signed yet.
import type { Database } from '../../../src/lib/server/db';
import { classMemberships, classTeachers, classes, parentLinks, schools, users } from '../../../src/lib/server/db/schema';
import { hashPassword } from '../../../src/lib/server/auth/passwords';
import { loadActor } from '../../../src/lib/server/auth/actor';
import { ensureAcademicYear } from '../../../src/lib/server/schools/academic-years';
import { recordEveryoneSigned } from '../../../src/lib/server/agreements/set-up';
import type { Actor } from '../../../src/lib/domain/auth/permissions';
import type { Role } from '../../../src/lib/domain/auth/roles';

export const TEST_PASSWORD = 'correct horse battery staple';
let passwordHash: Promise<string> | undefined;

export interface TestUser {
	id: string;
	username: string;
	role: Role;
	actor: Actor;
}

export interface TestClass {
	id: string;
	teacher: TestUser;
	pupils: TestUser[];
	/** The first pupil's parent (the same as parents[0]). */
	parent: TestUser;
	/** parents[i] is pupils[i]'s only parent. */
	parents: TestUser[];
}

export interface TestSchool {
	id: string;
	admin: TestUser;
	dsl: TestUser;
	classes: [TestClass, TestClass];
}

const suffix = (): string => Math.random().toString(36).slice(2, 8);

export interface TestSchoolOptions {
	/** Nobody has signed any agreement: every pupil's and member of staff's gate is closed. */
	unsigned?: boolean;
	/** When everyone signed (default: now). A test that moves the clock passes a fixed date, so no 1 September falls inside it. */
	signedAt?: Date;
}

export async function createTestSchool(db: Database, pupilsPerClass = 3, options: TestSchoolOptions = {}): Promise<TestSchool> {
	passwordHash ??= hashPassword(TEST_PASSWORD);
	const hash = await passwordHash;
	const tag = suffix();
	const [school] = await db
		.insert(schools)
		.values({ name: `School ${tag}`, slug: `school-${tag}` })
		.returning();
	const schoolId = school!.id;
	const yearId = await ensureAcademicYear(db, schoolId);
	const addUser = async (role: Role, name: string, surname = 'Tester'): Promise<TestUser> => {
		const username = `${name}.${tag}`.toLowerCase();
		const [u] = await db.insert(users).values({ schoolId, username, role, firstName: name, surname, passwordHash: hash }).returning();
		return { id: u!.id, username, role, actor: undefined as unknown as Actor };
	};
	const admin = await addUser('admin', 'Admin');
	const dsl = await addUser('dsl', 'Dsl');
	const made: TestClass[] = [];
	for (const label of ['A', 'B']) {
		const [c] = await db
			.insert(classes)
			.values({ schoolId, name: `Class ${label}`, yearGroup: 5, mailboxLocalPart: `5${label.toLowerCase()}` })
			.returning();
		const teacher = await addUser('teacher', `Teacher${label}`);
		await db.insert(classTeachers).values({ schoolId, classId: c!.id, teacherId: teacher.id, academicYearId: yearId });
		const pupils: TestUser[] = [];
		for (let i = 1; i <= pupilsPerClass; i++) {
			const pupil = await addUser('pupil', `Pupil${label}${i}`, `Surname${label}${i}`);
			await db.insert(classMemberships).values({ schoolId, classId: c!.id, pupilId: pupil.id, academicYearId: yearId });
			pupils.push(pupil);
		}
		const parents: TestUser[] = [];
		for (const [i, pupil] of pupils.entries()) {
			const parent = await addUser('parent', i === 0 ? `Parent${label}` : `Parent${label}${i + 1}`);
			await db.insert(parentLinks).values({ schoolId, parentId: parent.id, pupilId: pupil.id });
			parents.push(parent);
		}
		made.push({ id: c!.id, teacher, pupils, parent: parents[0]!, parents });
	}
	if (!options.unsigned) {
		await recordEveryoneSigned(db, {
			schoolId,
			staffIds: [admin.id, dsl.id, ...made.map((c) => c.teacher.id)],
			pupilIds: made.flatMap((c) => c.pupils.map((p) => p.id)),
			families: made.flatMap((c) => c.pupils.map((p, i) => ({ parentId: c.parents[i]!.id, pupilId: p.id }))),
			now: options.signedAt ?? new Date()
		});
	}
	const everyone = [admin, dsl, ...made.flatMap((c) => [c.teacher, ...c.parents, ...c.pupils])];
	for (const user of everyone) {
		user.actor = await loadActor(db, { id: user.id, schoolId, role: user.role, username: user.username, firstName: '', surname: '' });
	}
	return { id: schoolId, admin, dsl, classes: [made[0]!, made[1]!] };
}

/**
 * More teachers for a test school, each teaching one of its two classes this year (in turn)
 * and signed, so their gate is open: co-teachers for the realtime tests, a staff room's worth
 * for the live-socket benchmark.
 */
export async function addSignedTeachers(db: Database, school: TestSchool, count: number, classIndex?: 0 | 1): Promise<TestUser[]> {
	const yearId = await ensureAcademicYear(db, school.id);
	const hash = await (passwordHash ??= hashPassword(TEST_PASSWORD));
	const teachers: TestUser[] = [];
	for (let i = 0; i < count; i++) {
		const cls = school.classes[classIndex ?? (i % 2 === 0 ? 0 : 1)];
		const username = `extra.teacher.${i}.${suffix()}`;
		const [u] = await db
			.insert(users)
			.values({ schoolId: school.id, username, role: 'teacher', firstName: `Extra${i}`, surname: 'Teacher', passwordHash: hash })
			.returning();
		await db.insert(classTeachers).values({ schoolId: school.id, classId: cls.id, teacherId: u!.id, academicYearId: yearId });
		teachers.push({ id: u!.id, username, role: 'teacher', actor: undefined as unknown as Actor });
	}
	await recordEveryoneSigned(db, { schoolId: school.id, staffIds: teachers.map((t) => t.id), pupilIds: [], families: [], now: new Date() });
	for (const user of teachers)
		user.actor = await loadActor(db, { id: user.id, schoolId: school.id, role: user.role, username: user.username, firstName: '', surname: '' });
	return teachers;
}
