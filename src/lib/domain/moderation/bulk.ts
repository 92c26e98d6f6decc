/**
 * Bulk approval from the queue: which items cannot need a look.
 *
 * Rules owned here:
 * - only a pending item the screen found clean (verdict `allow` and no finding at all) may
 *   be approved in bulk: anything the screen noticed needs a person to read it;
 * - a report never goes in bulk: a pupil asked an adult to look;
 * - anything with a photo never goes in bulk: the teacher must open each image;
 * - nothing by a pupil under a sanction (messaging paused) goes in bulk;
 * - everything else is skipped with why, so the page can say so. The server still decides
 *   each approved item on its own, with the version the teacher saw.
 */
import type { ReviewItem } from './types';

export type BulkSkipReason =
	'not-pending' | 'reported' | 'has-images' | 'author-sanctioned' | 'held-by-screen' | 'blocked-by-screen' | 'has-findings' | 'not-allowed' | 'conflict';

/** What the server knows about an item beyond its row. */
export interface BulkFacts {
	readonly imageCount: number;
	readonly authorSanctioned: boolean;
}

/** Why an item cannot be bulk-approved, or null when nothing about it can need a look. */
export function bulkSkipReason(item: ReviewItem, facts: BulkFacts): BulkSkipReason | null {
	if (item.status !== 'pending') return 'not-pending';
	if (item.target.type === 'report') return 'reported';
	if (item.verdict === 'block') return 'blocked-by-screen';
	if (item.verdict === 'hold') return 'held-by-screen';
	if (item.findings.length > 0) return 'has-findings';
	if (facts.imageCount > 0) return 'has-images';
	if (facts.authorSanctioned) return 'author-sanctioned';
	return null;
}
