// Extra teachers for the live-socket benchmark (../bench-live-sessions.ts): each teaches one of
// the test school's two classes this year and has signed the staff agreement, so their gate is
// open and their sockets hold the class, moderators and chat rooms a working teacher's would.
import type { Database } from '../../src/lib/server/db';
import { classTeachers, users } from '../../src/lib/server/db/schema';
import { currentAcademicYearId } from '../../src/lib/server/auth/actor';
import { recordEveryoneSigned } from '../../src/lib/server/agreements/set-up';
import type { TestSchool, TestUser } from '../../tests/integration/support/factories';

export async function addSignedTeachers(db: Database, school: TestSchool, count: number): Promise<TestUser[]> {
	if (count <= 0) return [];
	const yearId = await currentAcademicYearId(db, school.id);
	if (!yearId) throw new Error('The test school has no current academic year.');
	const teachers: TestUser[] = [];
	for (let i = 0; i < count; i++) {
		const cls = school.classes[i % 2]!;
		const username = `bench.teacher.${i}.${school.id.slice(0, 8)}`;
		const [user] = await db
			.insert(users)
			.values({ schoolId: school.id, username, role: 'teacher', firstName: `Bench${i}`, surname: 'Teacher', passwordHash: 'not-for-signing-in' })
			.returning({ id: users.id });
		await db.insert(classTeachers).values({ schoolId: school.id, classId: cls.id, teacherId: user!.id, academicYearId: yearId });
		teachers.push({ ...cls.teacher, id: user!.id, username });
	}
	await recordEveryoneSigned(db, { schoolId: school.id, staffIds: teachers.map((t) => t.id), pupilIds: [], families: [], now: new Date() });
	return teachers;
}
