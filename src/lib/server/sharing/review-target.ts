// How the review queue shows shared work and what a decision does to it. The queue shows
// exactly the text the screen read (title and words), so highlights line up; photos are
// named in the title and seen on the class work page. Approving lets the pupil's family
// see it (if their consents allow, checked when they look); rejecting sends it back with
// the teacher's reason; escalating keeps it from the family while the DSL looks. If the
// pupil took the work back while it waited, a decision leaves it taken back.
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Executor, Transaction } from '../db';
import { auditLog, classes, parentLinks, workFiles, workItems, type ReviewItemRow } from '../db/schema';
import type { Actor } from '../../domain/auth/permissions';
import { screenedText } from '../../domain/sharing';
import type { AfterCommit, TargetDescription, TargetHandler } from '../moderation/targets';
import { notifyWorkShared } from '../notifications/work-shared';
import { wakeSenders } from '../notifications/notify';
import { workOr404 } from './work-rows';
import { notePupils } from '../moderation/pupil-notes';
import { noteForTakenDown } from '../../domain/moderation/pupil-notes';
import { rooms } from '../../realtime/events';
import { publish } from '../realtime/publish';

/** Photos this member of staff has not opened yet (opening one is audited as `work.file_viewed`). */
async function unopenedPhotos(db: Executor, item: ReviewItemRow, actor: Actor): Promise<number> {
	const files = await db.select({ id: workFiles.id }).from(workFiles).where(eq(workFiles.workId, item.targetId));
	if (!files.length) return 0;
	const opened = await db
		.select({ fileId: sql<string>`${auditLog.details}->>'fileId'` })
		.from(auditLog)
		.where(
			and(eq(auditLog.action, 'work.file_viewed'), eq(auditLog.actorId, actor.userId), eq(auditLog.targetType, 'work'), eq(auditLog.targetId, item.targetId))
		);
	const seen = new Set(opened.map((o) => o.fileId));
	return files.filter((f) => !seen.has(f.id)).length;
}

function titleFor(kind: 'writing' | 'images', photoCount: number, showsPeople: boolean): string {
	if (kind === 'writing') return 'Writing to share with family';
	const photos = photoCount === 1 ? '1 photo' : `${photoCount} photos`;
	return `${photos} to share with family${showsPeople ? ' (shows people)' : ''}`;
}

async function describeWork(db: Executor, items: ReviewItemRow[]): Promise<Map<string, TargetDescription>> {
	const ids = items.map((i) => i.targetId);
	if (!ids.length) return new Map();
	const rows = await db
		.select({
			id: workItems.id,
			kind: workItems.kind,
			title: workItems.title,
			body: workItems.body,
			showsPeople: workItems.showsPeople,
			className: classes.name
		})
		.from(workItems)
		.innerJoin(classes, eq(classes.id, workItems.classId))
		.where(inArray(workItems.id, ids));
	const files = await db.select({ workId: workFiles.workId }).from(workFiles).where(inArray(workFiles.workId, ids));
	const described = new Map<string, TargetDescription>();
	for (const item of items) {
		const w = rows.find((r) => r.id === item.targetId);
		if (!w) continue;
		const count = files.filter((f) => f.workId === w.id).length;
		described.set(item.id, {
			title: titleFor(w.kind, count, w.showsPeople),
			body: screenedText(w.title, w.body),
			className: w.className,
			place: `${w.className} · Shared work`,
			reportNotes: []
		});
	}
	return described;
}

export const sharedWorkTarget: TargetHandler = {
	describe: describeWork,
	channel: async () => 'work',
	async approvalBlocker(db, item, actor) {
		const left = await unopenedPhotos(db, item, actor);
		return left === 0 ? null : `Open ${left === 1 ? 'the photo' : `all ${left} photos`} before approving: a thumbnail is not enough.`;
	},
	async apply(tx: Transaction, item: ReviewItemRow, actor: Actor, now: Date): Promise<AfterCommit> {
		const work = await workOr404(tx, item.targetId, true);
		if (work.shareStatus === 'not-shared') return () => {};
		if (item.status === 'removed') {
			// Taken down after approval: the family no longer sees it; the pupil is told kindly.
			await tx.update(workItems).set({ shareStatus: 'rejected', decidedAt: now, rejectionCode: null, rejectionText: null }).where(eq(workItems.id, work.id));
			await notePupils(tx, { schoolId: work.schoolId, pupilIds: [work.pupilId], body: noteForTakenDown('shared-work'), by: actor.userId, now });
			const parents = await tx.select({ id: parentLinks.parentId }).from(parentLinks).where(eq(parentLinks.pupilId, work.pupilId));
			const to = [work.pupilId, ...parents.map((p) => p.id)].map(rooms.user);
			return () => publish(to, 'work:removed', { workId: work.id });
		}
		const changes =
			item.status === 'approved'
				? { shareStatus: 'approved' as const, decidedAt: now, rejectionCode: null, rejectionText: null }
				: item.status === 'rejected'
					? { shareStatus: 'rejected' as const, decidedAt: now, rejectionCode: item.rejectionCode, rejectionText: item.rejectionText }
					: { shareStatus: 'escalated' as const };
		await tx.update(workItems).set(changes).where(eq(workItems.id, work.id));
		if (item.status !== 'approved') return () => {};
		// Visible to the family now: tell them by email (issue 16), sent once this commits.
		const used = await notifyWorkShared(tx, { ...work, ...changes }, now);
		return () => wakeSenders(used);
	}
};
