// A pupil's own work page: everything they made this year in their class, with where each
// piece stands, and the lessons they may tie work to.
import { and, asc, desc, eq } from 'drizzle-orm';
import type { Executor } from '../db';
import { workItems } from '../db/schema';
import type { Actor } from '../../domain/auth/permissions';
import { assertCan } from '../auth/authorize';
import { pupilResource } from '../auth/resources';
import { loadLessonIndex } from '../curriculum/lesson-index';
import { NotFoundError } from '../errors';
import { toWorkViews, type WorkView } from './views';

export interface LessonOption {
	id: string;
	title: string;
}

export async function listOwnWork(db: Executor, actor: Actor): Promise<{ work: WorkView[]; lessons: LessonOption[] }> {
	const resource = await pupilResource(db, actor.userId);
	if (!resource) throw new NotFoundError();
	assertCan(actor, 'work.read', resource);
	const rows = await db
		.select()
		.from(workItems)
		.where(and(eq(workItems.schoolId, actor.schoolId), eq(workItems.pupilId, actor.userId)))
		.orderBy(desc(workItems.createdAt), asc(workItems.id));
	const index = await loadLessonIndex(db, actor.schoolId);
	const lessons = [...index.values()].map((l) => ({ id: l.id, title: l.title })).sort((a, b) => a.title.localeCompare(b.title));
	return { work: await toWorkViews(db, rows, index), lessons };
}
