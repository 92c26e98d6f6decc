// A pupil makes a piece of work in their own class: writing, or photos with a caption.
// The words are screened as chat is: a personal detail refuses the whole piece (logged for
// the safeguarding lead, explained to the child) and nothing is stored; other findings
// are kept so the teacher sees them when the pupil shares. Photos are cleaned before
// anything is written, and a failed save removes the files it wrote. New work is private.
import type { Database } from '../db';
import { workFiles, workItems, type WorkItemRow } from '../db/schema';
import type { Actor } from '../../domain/auth/permissions';
import { MAX_IMAGES, screenedText } from '../../domain/sharing';
import type { CreateWorkInput } from '../../domain/sharing/inputs';
import { assertCan } from '../auth/authorize';
import { classResource } from '../auth/resources';
import { recordAudit } from '../audit/record';
import { InputError, NotFoundError } from '../errors';
import { loadLessonIndex } from '../curriculum/lesson-index';
import { explainBlock, recordBlockedAttempt } from '../messaging/blocked';
import { screenerForSchool } from '../messaging/screening-context';
import { publishAlerts, raiseScreeningAlerts } from '../safeguarding/alerts';
import { cleanImage, type CleanImage } from './images';
import { removeUploads, storeUpload } from './storage';

export type CreateWorkResult = { outcome: 'created'; work: WorkItemRow } | { outcome: 'blocked'; reason: string };

export async function createWork(
	db: Database,
	actor: Actor,
	input: CreateWorkInput,
	photos: readonly Uint8Array[],
	now = new Date()
): Promise<CreateWorkResult> {
	const resource = actor.classId ? await classResource(db, actor.classId) : null;
	if (!resource) throw new NotFoundError('You are not in a class yet, so there is nowhere to keep work.');
	assertCan(actor, 'work.create', resource);
	const classId = actor.classId!;
	checkPhotoCount(input.kind, photos.length);
	if (input.lessonId && !(await loadLessonIndex(db, actor.schoolId)).has(input.lessonId)) throw new InputError('lessonId', 'Choose a lesson from the list.');
	const text = screenedText(input.title, input.body);
	const screen = (await screenerForSchool(db, actor.schoolId)).screen(text);
	if (screen.verdict === 'block') {
		await recordBlockedAttempt(db, actor, { classId, roomId: '', channel: 'work', body: text, clientKey: '', screen, now });
		return { outcome: 'blocked', reason: explainBlock(screen) };
	}
	const cleaned: CleanImage[] = [];
	for (const photo of photos) cleaned.push(await cleanImage(photo));
	const keys: string[] = [];
	try {
		for (const image of cleaned) keys.push(await storeUpload(actor.schoolId, image.data));
		const { work, alerts } = await db.transaction(async (tx) => {
			const [work] = await tx
				.insert(workItems)
				.values({
					schoolId: actor.schoolId,
					classId,
					pupilId: actor.userId,
					kind: input.kind,
					title: input.title,
					body: input.body,
					lessonId: input.lessonId,
					// Writing shows no one; for photos the tick box decides (ticked by default).
					showsPeople: input.kind === 'images' ? input.showsPeople : false,
					verdict: screen.verdict,
					findings: screen.findings,
					createdAt: now
				})
				.returning();
			if (cleaned.length)
				await tx.insert(workFiles).values(
					cleaned.map((image, position) => ({
						schoolId: actor.schoolId,
						workId: work!.id,
						position,
						storageKey: keys[position]!,
						contentType: image.contentType,
						width: image.width,
						height: image.height,
						byteSize: image.data.byteLength,
						createdAt: now
					}))
				);
			await recordAudit(tx, {
				schoolId: actor.schoolId,
				actorId: actor.userId,
				action: 'work.created',
				targetType: 'work',
				targetId: work!.id,
				details: { kind: input.kind, photos: cleaned.length, verdict: screen.verdict, findings: screen.findings.map((f) => f.kind) }
			});
			const alerts = await raiseScreeningAlerts(tx, actor, { sourceType: 'work', sourceId: work!.id, screen, classId, now });
			return { work: work!, alerts };
		});
		publishAlerts(actor.schoolId, alerts);
		return { outcome: 'created', work };
	} catch (e) {
		await removeUploads(actor.schoolId, keys);
		throw e;
	}
}

function checkPhotoCount(kind: CreateWorkInput['kind'], count: number): void {
	if (kind === 'images' && count === 0) throw new InputError('photos', 'Choose at least one photo.');
	if (kind === 'images' && count > MAX_IMAGES) throw new InputError('photos', `Choose at most ${MAX_IMAGES} photos.`);
	if (kind === 'writing' && count > 0) throw new InputError('photos', 'Choose "photos" to add pictures.');
}
