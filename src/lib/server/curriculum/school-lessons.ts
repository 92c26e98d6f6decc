// Lessons for staff and pupils to browse, and a school adding its own. Rules: anyone in
// the school reads lessons (lessons.read); staff add them (lessons.manage); a school's
// lesson passes the same content rules as the catalogue (validateSchoolLessonInput) and
// gets a `school-` slug that can never shadow a catalogue lesson.
import { eq } from 'drizzle-orm';
import type { Database, Executor } from '../db';
import { schoolLessons } from '../db/schema';
import type { Actor } from '../../domain/auth/permissions';
import { LESSON_CATALOGUE, schoolLessonSlug, validateSchoolLessonInput, type Lesson, type SchoolLessonInput } from '../../domain/curriculum';
import { assertCan, ownSchool } from '../auth/authorize';
import { recordAudit } from '../audit/record';
import { isUniqueViolation, NotFoundError } from '../errors';
import { loadLessonIndex, loadSchoolLessons } from './lesson-index';
import { throwFirstError } from './errors';

export async function listLessons(db: Executor, actor: Actor): Promise<{ catalogue: readonly Lesson[]; school: Lesson[] }> {
	assertCan(actor, 'lessons.read', ownSchool(actor));
	return { catalogue: LESSON_CATALOGUE, school: await loadSchoolLessons(db, actor.schoolId) };
}

export async function getLesson(db: Executor, actor: Actor, lessonId: string): Promise<Lesson> {
	assertCan(actor, 'lessons.read', ownSchool(actor));
	const lesson = (await loadLessonIndex(db, actor.schoolId)).get(lessonId);
	if (!lesson) throw new NotFoundError('We could not find that lesson.');
	return lesson;
}

export async function createSchoolLesson(db: Database, actor: Actor, input: SchoolLessonInput): Promise<Lesson> {
	assertCan(actor, 'lessons.manage', ownSchool(actor));
	const checked = validateSchoolLessonInput(input);
	if (!checked.ok) throwFirstError(checked.errors);
	const content = checked.value;
	const taken = await db.select({ slug: schoolLessons.slug }).from(schoolLessons).where(eq(schoolLessons.schoolId, actor.schoolId));
	const slug = schoolLessonSlug(content.title, content.ageBand, new Set(taken.map((t) => t.slug)));
	try {
		return await db.transaction(async (tx) => {
			const [row] = await tx
				.insert(schoolLessons)
				.values({
					schoolId: actor.schoolId,
					slug,
					title: content.title,
					strand: content.strand,
					ageBand: content.ageBand,
					durationMinutes: content.durationMinutes,
					body: { objectives: [...content.objectives], sections: [...content.sections], quiz: [...content.quiz] },
					authorId: actor.userId
				})
				.returning();
			await recordAudit(tx, {
				schoolId: actor.schoolId,
				actorId: actor.userId,
				action: 'lessons.school_lesson_added',
				targetType: 'school_lesson',
				targetId: row!.id,
				details: { title: content.title, slug }
			});
			return { ...content, id: row!.id, slug, origin: { kind: 'school', schoolId: actor.schoolId, authorId: actor.userId } };
		});
	} catch (e) {
		if (isUniqueViolation(e)) throwFirstError({ title: 'A lesson with this title was added a moment ago. Please try again.' });
		throw e;
	}
}
