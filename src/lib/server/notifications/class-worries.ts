// "I'm worried" also reaches the pupil's class teacher: in the app at once (their class page
// lists who asked for help this week, never the words, which are for the DSL alone) and by
// email unless they turned that topic off. The email names neither the child nor the class.
import { and, eq, isNull } from 'drizzle-orm';
import type { Executor } from '../db';
import { classTeachers, users } from '../db/schema';
import { currentAcademicYearId } from '../auth/actor';
import { notify } from './notify';
import type { Channel } from './senders';

/** Called in the transaction that stored the worry; returns the channels used, to wake after the commit. */
export async function notifyClassTeachersOfWorry(tx: Executor, input: { schoolId: string; classId: string; concernId: string; now: Date }): Promise<Channel[]> {
	const yearId = await currentAcademicYearId(tx, input.schoolId, input.now);
	if (!yearId) return [];
	const teachers = await tx
		.select({ id: classTeachers.teacherId })
		.from(classTeachers)
		.innerJoin(users, eq(users.id, classTeachers.teacherId))
		.where(and(eq(classTeachers.classId, input.classId), eq(classTeachers.academicYearId, yearId), isNull(users.disabledAt)));
	const used: Channel[] = [];
	for (const teacher of teachers) {
		used.push(
			...(await notify(tx, {
				schoolId: input.schoolId,
				userId: teacher.id,
				facts: { reason: 'class.worried' },
				channels: ['in-app', 'email'],
				link: `/staff/classes/${input.classId}#worries`,
				target: { type: 'concern', id: input.concernId },
				dedupeKey: `class.worried:${input.concernId}:${teacher.id}`,
				now: input.now
			}))
		);
	}
	return used;
}
