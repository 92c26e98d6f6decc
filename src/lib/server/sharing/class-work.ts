// The teacher's class work page: every pupil's work in the class with where it stands, the
// review item to decide it in the queue, and the class's sharing setting. Each opening of
// the page is audited (staff viewing pupils' work). Admins may open it for the setting only.
import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Database } from '../db';
import { classes, reviewItems, users, workItems } from '../db/schema';
import type { Actor } from '../../domain/auth/permissions';
import { can } from '../../domain/auth/permissions';
import { assertCan } from '../auth/authorize';
import { classResource } from '../auth/resources';
import { recordAudit } from '../audit/record';
import { NotFoundError } from '../errors';
import { loadLessonIndex } from '../curriculum/lesson-index';
import { readClassWorkSettings, type ClassWorkSettings } from './settings';
import { toWorkViews, type WorkView } from './views';

export interface ClassWorkView extends WorkView {
	pupilName: string;
	/** The queue item for this piece while it waits (pending or escalated), for the queue link. */
	reviewItemId: string | null;
}

export interface ClassWorkPage {
	className: string;
	work: ClassWorkView[];
	settings: ClassWorkSettings;
	canReadWork: boolean;
	canChangeSettings: boolean;
}

export async function getClassWork(db: Database, actor: Actor, classId: string): Promise<ClassWorkPage> {
	const resource = await classResource(db, classId);
	if (!resource) throw new NotFoundError('That class does not exist.');
	assertCan(actor, 'class.read', resource);
	// An admin may change the setting without reading pupils' work (work.read is the class's teachers').
	const canReadWork = can(actor, 'work.read', resource);
	const [cls] = await db.select({ name: classes.name }).from(classes).where(eq(classes.id, classId));
	const rows = canReadWork
		? await db
				.select()
				.from(workItems)
				.where(and(eq(workItems.schoolId, resource.schoolId), eq(workItems.classId, classId)))
				.orderBy(desc(workItems.createdAt))
		: [];
	const ids = rows.map((r) => r.id);
	const [people, items] = ids.length
		? await Promise.all([
				db
					.select({ id: users.id, firstName: users.firstName, surname: users.surname })
					.from(users)
					.where(inArray(users.id, [...new Set(rows.map((r) => r.pupilId))])),
				db
					.select({ id: reviewItems.id, targetId: reviewItems.targetId, status: reviewItems.status })
					.from(reviewItems)
					.where(and(eq(reviewItems.targetType, 'shared-work'), inArray(reviewItems.targetId, ids)))
			])
		: [[], []];
	const views = await toWorkViews(db, rows, await loadLessonIndex(db, resource.schoolId));
	if (canReadWork)
		await recordAudit(db, {
			schoolId: resource.schoolId,
			actorId: actor.userId,
			action: 'work.class_viewed',
			targetType: 'class',
			targetId: classId,
			details: { pieces: rows.length }
		});
	return {
		className: cls?.name ?? '',
		work: views.map((v) => {
			const p = people.find((x) => x.id === v.pupilId);
			const item = items.find((i) => i.targetId === v.id && (i.status === 'pending' || i.status === 'escalated'));
			return { ...v, pupilName: p ? `${p.firstName} ${p.surname}` : 'Unknown', reviewItemId: item?.id ?? null };
		}),
		settings: await readClassWorkSettings(db, classId),
		canReadWork,
		canChangeSettings: can(actor, 'work.settings', resource)
	};
}
