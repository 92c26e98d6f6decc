// Opening one stored photo. The route guards with 'work.read' on the work's pupil; this
// adds what the permission alone cannot know: a parent gets the file only while the work
// is approved and the consents allow it (read now, never cached), and staff opening a
// pupil's photo leaves an audit entry. Anything a viewer may not see is "not found", so a
// guessed address tells nobody whether a file exists.
import { eq } from 'drizzle-orm';
import type { Executor } from '../db';
import { workFiles, workItems, type WorkFileRow, type WorkItemRow } from '../db/schema';
import type { Actor, Resource } from '../../domain/auth/permissions';
import { isStaff } from '../../domain/auth/roles';
import { neutralFileName, visibleToFamily, type ImageType } from '../../domain/sharing';
import { assertCan } from '../auth/authorize';
import { isUuid } from '../auth/resources';
import { recordAudit } from '../audit/record';
import { NotFoundError } from '../errors';
import { familyConsents } from './consents';
import { readUpload } from './storage';
import { workResource } from './work-rows';

const FILE_NOT_FOUND = 'We could not find that photo.';

export interface OpenedFile {
	data: Buffer;
	contentType: ImageType;
	fileName: string;
}

async function fileWithWork(db: Executor, fileId: string): Promise<{ file: WorkFileRow; work: WorkItemRow } | null> {
	if (!isUuid(fileId)) return null;
	const [row] = await db
		.select({ file: workFiles, work: workItems })
		.from(workFiles)
		.innerJoin(workItems, eq(workItems.id, workFiles.workId))
		.where(eq(workFiles.id, fileId));
	return row ?? null;
}

/** The permission resource for a file (its work's pupil and class), or null when unknown. */
export async function workFileResource(db: Executor, fileId: string): Promise<Resource | null> {
	const row = await fileWithWork(db, fileId);
	return row ? workResource(row.work) : null;
}

/**
 * `purpose: 'thumbnail'` is the small copy in the moderation queue: it is audited apart from
 * opening the photo, because approving a photo needs each one opened, not glimpsed.
 */
export async function openWorkFile(db: Executor, actor: Actor, fileId: string, now = new Date(), purpose: 'open' | 'thumbnail' = 'open'): Promise<OpenedFile> {
	const row = await fileWithWork(db, fileId);
	if (!row) throw new NotFoundError(FILE_NOT_FOUND);
	const { file, work } = row;
	assertCan(actor, 'work.read', workResource(work));
	if (actor.role === 'parent') {
		const consents = (await familyConsents(db, work.schoolId, [work.pupilId], now)).get(work.pupilId)!;
		if (!visibleToFamily(work, consents)) throw new NotFoundError(FILE_NOT_FOUND);
	}
	if (isStaff(actor.role))
		await recordAudit(db, {
			schoolId: work.schoolId,
			actorId: actor.userId,
			action: purpose === 'thumbnail' ? 'work.thumbnail_viewed' : 'work.file_viewed',
			targetType: 'work',
			targetId: work.id,
			details: { fileId: file.id, pupilId: work.pupilId }
		});
	return { data: await readUpload(file.schoolId, file.storageKey), contentType: file.contentType, fileName: neutralFileName(file.contentType, file.position) };
}
