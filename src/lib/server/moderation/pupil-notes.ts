// Kind notes to pupils after staff act: the reporter hears what the teacher decided, and a
// pupil whose words were taken down is told. They are in-app notices (kind `moderation`),
// read on the pupil's home page, written in the decision's transaction.
import { and, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { Executor } from '../db';
import { messageReports, notices } from '../db/schema';

export async function notePupils(db: Executor, input: { schoolId: string; pupilIds: string[]; body: string; by: string; now: Date }): Promise<void> {
	if (!input.pupilIds.length) return;
	await db.insert(notices).values(
		input.pupilIds.map((pupilId) => ({
			schoolId: input.schoolId,
			recipientId: pupilId,
			pupilId,
			kind: 'moderation' as const,
			body: input.body,
			createdBy: input.by,
			createdAt: input.now
		}))
	);
}

/** The pupils whose reports of a message have not been answered yet; marks them answered. */
export async function takeUnansweredReporters(db: Executor, messageId: string, now: Date): Promise<string[]> {
	const rows = await db
		.update(messageReports)
		.set({ answeredAt: now })
		.where(and(eq(messageReports.messageId, messageId), isNull(messageReports.answeredAt)))
		.returning({ reporterId: messageReports.reporterId });
	return rows.map((r) => r.reporterId);
}

export interface PupilNoteView {
	id: string;
	body: string;
	createdAt: Date;
}

/** A pupil's own recent notes, newest first (only ever their own). */
export async function listOwnNotes(db: Executor, pupilId: string, limit = 5): Promise<PupilNoteView[]> {
	return db
		.select({ id: notices.id, body: notices.body, createdAt: notices.createdAt })
		.from(notices)
		.where(and(eq(notices.recipientId, pupilId), inArray(notices.kind, ['moderation'])))
		.orderBy(desc(notices.createdAt))
		.limit(limit);
}
