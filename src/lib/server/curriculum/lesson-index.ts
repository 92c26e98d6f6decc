// Lessons a school can use: the project's catalogue plus the school's own, mapped from
// rows into the domain's Lesson shape so every page and rule treats them alike.
import { asc, eq } from 'drizzle-orm';
import type { Executor } from '../db';
import { schoolLessons, type SchoolLessonRow } from '../db/schema';
import { buildLessonIndex, type LessonBand, type Lesson, type StrandId } from '../../domain/curriculum';

export function lessonFromRow(row: SchoolLessonRow): Lesson {
	return {
		id: row.id,
		slug: row.slug,
		origin: { kind: 'school', schoolId: row.schoolId, authorId: row.authorId ?? '' },
		title: row.title,
		strand: row.strand as StrandId,
		ageBand: row.ageBand as LessonBand,
		durationMinutes: row.durationMinutes,
		objectives: row.body.objectives,
		sections: row.body.sections,
		quiz: row.body.quiz
	};
}

export async function loadSchoolLessons(db: Executor, schoolId: string): Promise<Lesson[]> {
	const rows = await db.select().from(schoolLessons).where(eq(schoolLessons.schoolId, schoolId)).orderBy(asc(schoolLessons.title));
	return rows.map(lessonFromRow);
}

export async function loadLessonIndex(db: Executor, schoolId: string): Promise<ReadonlyMap<string, Lesson>> {
	return buildLessonIndex(await loadSchoolLessons(db, schoolId));
}

/** The FK column for a record about this lesson: set only for a school's own lesson. */
export function schoolLessonIdFor(lesson: Lesson): string | null {
	return lesson.origin.kind === 'school' ? lesson.id : null;
}
