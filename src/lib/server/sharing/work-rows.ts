// Loading one piece of work by id and naming it as a permission resource. The resource is
// the pupil who made it, in the class it was made in, so its teacher, the pupil and the
// pupil's own parents are the only people the rules can let in.
import { eq } from 'drizzle-orm';
import type { Executor } from '../db';
import { workItems, type WorkItemRow } from '../db/schema';
import type { Resource } from '../../domain/auth/permissions';
import { isUuid } from '../auth/resources';
import { NotFoundError } from '../errors';

export const WORK_NOT_FOUND = 'We could not find that piece of work.';

export function workResource(work: Pick<WorkItemRow, 'schoolId' | 'pupilId' | 'classId'>): Resource {
	return { kind: 'pupil', schoolId: work.schoolId, pupilId: work.pupilId, classId: work.classId };
}

/** The work row (locked for update inside a transaction when asked), or a 404. */
export async function workOr404(db: Executor, workId: string, lock = false): Promise<WorkItemRow> {
	if (!isUuid(workId)) throw new NotFoundError(WORK_NOT_FOUND);
	const query = db.select().from(workItems).where(eq(workItems.id, workId));
	const [row] = lock ? await query.for('update') : await query;
	if (!row) throw new NotFoundError(WORK_NOT_FOUND);
	return row;
}
