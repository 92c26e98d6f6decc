// The parent's view: each of their own children's shared work that a teacher approved and
// the consents allow right now. A parent's children come from their own links (the actor),
// and each child is checked with 'work.read' before anything is read.
import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../db';
import { workItems } from '../db/schema';
import type { Actor } from '../../domain/auth/permissions';
import { visibleToFamily } from '../../domain/sharing';
import { assertCan } from '../auth/authorize';
import { pupilResource } from '../auth/resources';
import { loadLessonIndex } from '../curriculum/lesson-index';
import { familyConsents } from './consents';
import { toWorkViews, type WorkView } from './views';

/** Shared work per child id, newest first; a child with nothing to show has an empty list. */
export async function listFamilyWork(db: Executor, actor: Actor, now = new Date()): Promise<Record<string, WorkView[]>> {
	const childIds: string[] = [];
	for (const id of actor.childIds) {
		const resource = await pupilResource(db, id);
		if (!resource) continue;
		assertCan(actor, 'work.read', resource);
		childIds.push(id);
	}
	const result: Record<string, WorkView[]> = Object.fromEntries(childIds.map((id) => [id, []]));
	if (!childIds.length) return result;
	const rows = await db
		.select()
		.from(workItems)
		.where(and(eq(workItems.schoolId, actor.schoolId), inArray(workItems.pupilId, childIds), eq(workItems.shareStatus, 'approved')))
		.orderBy(desc(workItems.createdAt));
	const consents = await familyConsents(db, actor.schoolId, childIds, now);
	const visible = rows.filter((row) => visibleToFamily(row, consents.get(row.pupilId) ?? { publishWork: false, photographs: false }));
	const views = await toWorkViews(db, visible, await loadLessonIndex(db, actor.schoolId));
	for (const view of views) result[view.pupilId]!.push(view);
	return result;
}
