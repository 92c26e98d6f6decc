// Bulk approve: only what cannot need a look (see domain/moderation/bulk.ts: no finding, no
// report, no photo, no sanction) is approved; anything else needs a deliberate look. Each
// item is its own decision, so a conflict on one does not undo the others.
import { inArray } from 'drizzle-orm';
import type { Database } from '../db';
import { reviewItems } from '../db/schema';
import type { Actor } from '../../domain/auth/permissions';
import { bulkSkipReason, type BulkSkipReason } from '../../domain/moderation/bulk';
import { assertCan, ownSchool } from '../auth/authorize';
import { ConflictError, InputError } from '../errors';
import { decideItem } from './decide';
import { bulkFactsFor, toDomainItem } from './queue';

export interface BulkResult {
	approved: string[];
	skipped: { itemId: string; why: string }[];
}

const WHY: Record<BulkSkipReason, string> = {
	'not-pending': 'already dealt with',
	reported: 'a pupil reported it: needs a look',
	'has-images': 'has photos: open each one',
	'author-sanctioned': 'the writer’s messaging is paused: needs a look',
	'blocked-by-screen': 'blocked by the screen',
	'held-by-screen': 'held by the screen: needs a look',
	'has-findings': 'the screen found something: needs a look',
	'not-allowed': 'not yours to decide',
	conflict: 'already dealt with by someone else'
};

export async function bulkApproveClean(
	db: Database,
	actor: Actor,
	items: { itemId: string; expectedVersion: number }[],
	now = new Date()
): Promise<BulkResult> {
	assertCan(actor, 'moderation.queue', ownSchool(actor));
	const rows = await db
		.select()
		.from(reviewItems)
		.where(
			inArray(
				reviewItems.id,
				items.map((i) => i.itemId)
			)
		);
	const facts = await bulkFactsFor(db, rows, now);
	const result: BulkResult = { approved: [], skipped: [] };
	for (const { itemId, expectedVersion } of items) {
		const row = rows.find((r) => r.id === itemId);
		const skip = row ? bulkSkipReason(toDomainItem(row), facts.get(row.id)!) : 'not-pending';
		if (skip) {
			result.skipped.push({ itemId, why: WHY[skip] });
			continue;
		}
		try {
			await decideItem(db, actor, { itemId, action: 'approve', expectedVersion }, now);
			result.approved.push(itemId);
		} catch (e) {
			// An item that cannot be approved at all (mail of a class archived at the rollover) says why.
			if (e instanceof InputError) result.skipped.push({ itemId, why: e.message });
			else if (e instanceof ConflictError) result.skipped.push({ itemId, why: WHY.conflict });
			else throw e;
		}
	}
	return result;
}
