/**
 * Bulk approval from the queue.
 *
 * Rules owned here:
 * - only pending items the screen found clean (verdict `allow` and no findings at all)
 *   may be approved in bulk: anything the screen noticed needs a person to read it;
 * - everything else is returned as skipped, with why, so the page can say so;
 * - each approval goes through `decide` with the version the teacher saw, so an item
 *   another teacher handled meanwhile is skipped as a conflict, not decided twice.
 */
import { decide } from './decision';
import type { ReviewHistoryEntry, ReviewItem, Viewer } from './types';

export type BulkSkipReason =
	| 'not-pending'
	| 'held-by-screen'
	| 'blocked-by-screen'
	| 'has-findings'
	| 'not-allowed'
	| 'conflict';

export interface BulkSkip {
	readonly item: ReviewItem;
	readonly why: BulkSkipReason;
}

export interface BulkApproveResult {
	readonly approved: readonly { readonly item: ReviewItem; readonly history: ReviewHistoryEntry }[];
	readonly skipped: readonly BulkSkip[];
}

/** Why an item cannot be bulk-approved, or null when it is clean and pending. */
export function bulkSkipReason(item: ReviewItem): BulkSkipReason | null {
	if (item.status !== 'pending') return 'not-pending';
	if (item.verdict === 'block') return 'blocked-by-screen';
	if (item.verdict === 'hold') return 'held-by-screen';
	if (item.findings.length > 0) return 'has-findings';
	return null;
}

/**
 * Approves every clean pending item. `seenVersions` maps item id to the version the
 * teacher was shown; an item missing from it is checked against its own version.
 */
export function bulkApprove(
	items: readonly ReviewItem[],
	actor: Viewer,
	now: Date,
	seenVersions: ReadonlyMap<string, number> = new Map()
): BulkApproveResult {
	const approved: { item: ReviewItem; history: ReviewHistoryEntry }[] = [];
	const skipped: BulkSkip[] = [];
	for (const item of items) {
		const why = bulkSkipReason(item);
		if (why !== null) {
			skipped.push({ item, why });
			continue;
		}
		const result = decide(item, { kind: 'approve' }, actor, seenVersions.get(item.id) ?? item.version, now);
		if (result.ok) approved.push({ item: result.item, history: result.history });
		else skipped.push({ item, why: result.error === 'conflict' ? 'conflict' : 'not-allowed' });
	}
	return { approved, skipped };
}
