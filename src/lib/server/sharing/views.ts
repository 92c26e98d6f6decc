// Work rows mapped to the views pages show. Files are named by their id and fetched through
// the guarded /work/files route; nothing here reveals where they are stored.
import { asc, inArray } from 'drizzle-orm';
import type { Executor } from '../db';
import { workFiles, type WorkItemRow } from '../db/schema';
import type { WorkView } from '../../domain/sharing';
import { STATUS_LABEL, statusForPupil } from '../../domain/sharing';
import { childFacingMessage } from '../../domain/moderation/reasons';
import type { RejectionCode } from '../../domain/moderation/types';
import type { Lesson } from '../../domain/curriculum';

export type { WorkFileView, WorkView } from '../../domain/sharing';

export async function toWorkViews(db: Executor, rows: readonly WorkItemRow[], lessons: ReadonlyMap<string, Lesson>): Promise<WorkView[]> {
	if (!rows.length) return [];
	const files = await db
		.select()
		.from(workFiles)
		.where(
			inArray(
				workFiles.workId,
				rows.map((r) => r.id)
			)
		)
		.orderBy(asc(workFiles.position));
	return rows.map((row) => ({
		id: row.id,
		pupilId: row.pupilId,
		kind: row.kind,
		title: row.title,
		body: row.body,
		lessonTitle: row.lessonId ? (lessons.get(row.lessonId)?.title ?? null) : null,
		showsPeople: row.showsPeople,
		status: row.shareStatus,
		statusLabel: STATUS_LABEL[row.shareStatus],
		statusForPupil: statusForPupil(row.shareStatus),
		sentBackBecause:
			row.shareStatus === 'rejected' && row.rejectionCode ? childFacingMessage({ code: row.rejectionCode as RejectionCode, text: row.rejectionText }) : null,
		createdAt: row.createdAt.toISOString(),
		files: files.filter((f) => f.workId === row.id).map((f) => ({ id: f.id, url: `/work/files/${f.id}`, width: f.width, height: f.height }))
	}));
}
