/**
 * Moderation domain types: the review queue, shaped like Discourse's reviewables.
 *
 * Rules owned here:
 * - one review item per target (a chat message, a class email, a shared work item, a report);
 * - an item carries a version that moves on with every decision, so two teachers
 *   deciding at once can be told apart (optimistic concurrency);
 * - every transition is kept as an append-only history entry: who, when, what, why.
 */

import type { Role } from '../auth/roles';
import type { Finding, Verdict } from '../screening/types';

// One role vocabulary for the platform (auth owns it); re-exported for callers of this domain.
export type { Role };

export type ReviewTargetType = 'chat-message' | 'email' | 'shared-work' | 'report';

export interface ReviewTarget {
	readonly type: ReviewTargetType;
	readonly id: string;
}

/**
 * `upheld` and `dismissed` close a report (the report was right: the message goes; or it was
 * not needed: the message stays). `removed` is an approved item a member of staff took down.
 */
export type ReviewStatus = 'pending' | 'approved' | 'rejected' | 'escalated' | 'upheld' | 'dismissed' | 'removed';

/** What the screen decided before a person looked: deliver after review, hold, or never deliver. */
export type ScreenVerdict = Verdict;

/**
 * One thing the screen noticed, exactly as the screening domain reports it: its kind
 * (`phone`, `meeting`, `secrecy`…), the rule that matched, the span in the text
 * (`start` inclusive, `end` exclusive) and an explanation a child can follow.
 */
export type ScreenFinding = Finding;

export type RejectionCode = 'personal-information' | 'might-upset' | 'check-spelling' | 'off-topic' | 'other';

export interface RejectionReason {
	readonly code: RejectionCode;
	/** Optional extra words from the teacher; required when the code is `other`. */
	readonly text: string | null;
}

export interface ReviewItem {
	readonly id: string;
	readonly schoolId: string;
	readonly classId: string;
	readonly target: ReviewTarget;
	/** The pupil who wrote it; recorded for staff, never shown outside the school. */
	/** Null for mail from an outside contact: nobody in the school wrote it. */
	readonly authorId: string | null;
	readonly status: ReviewStatus;
	readonly version: number;
	readonly verdict: ScreenVerdict;
	readonly findings: readonly ScreenFinding[];
	readonly submittedAt: Date;
	readonly decidedAt: Date | null;
	readonly decidedById: string | null;
	readonly rejection: RejectionReason | null;
}

/** Held items are approved or rejected; reports are upheld or dismissed; approved items can be taken down. */
export type ReviewAction = 'approve' | 'reject' | 'escalate' | 'uphold' | 'dismiss' | 'take-down';

/** The person looking at the queue: what they may do depends on role and scope. */
export interface Viewer {
	readonly id: string;
	readonly role: Role;
	readonly schoolId: string;
	/** Classes this viewer teaches; empty for everyone but teachers. */
	readonly classIds: readonly string[];
}

export interface ReviewHistoryEntry {
	readonly itemId: string;
	readonly action: ReviewAction;
	readonly fromStatus: ReviewStatus;
	readonly toStatus: ReviewStatus;
	readonly actorId: string;
	readonly actorRole: Role;
	readonly at: Date;
	/** The version the item has after this entry. */
	readonly version: number;
	readonly rejection: RejectionReason | null;
	readonly note: string | null;
}
