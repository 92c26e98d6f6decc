/**
 * Review-queue transitions: which action each role may take from each status.
 *
 * Rules owned here:
 * - the teacher of the item's class approves, rejects or escalates a pending item;
 * - a report is its own kind of item: the teacher upholds it (the message goes), dismisses
 *   it (the message stays) or escalates it; the DSL upholds or dismisses an escalated one;
 * - the school's safeguarding lead (DSL) decides an escalated item (approve or reject);
 * - an approved message, email or piece of work can be taken down later by its class's
 *   teacher or the DSL (a mistake must not stay visible); a report has nothing to take down;
 * - rejected, upheld, dismissed and removed are final;
 * - nobody approves an item the screen blocked, because a blocked personal detail
 *   must never be delivered, whoever looks at it;
 * - nobody acts across a school boundary, and a teacher only within their classes.
 */
import type { ReviewAction, ReviewItem, ReviewStatus, Role, Viewer } from './types';

type TransitionTable = Readonly<Record<ReviewStatus, Readonly<Partial<Record<Role, readonly ReviewAction[]>>>>>;

/** Held messages, emails and shared work. */
export const TRANSITIONS: TransitionTable = {
	pending: { teacher: ['approve', 'reject', 'escalate'] },
	escalated: { dsl: ['approve', 'reject'] },
	approved: { teacher: ['take-down'], dsl: ['take-down'] },
	rejected: {},
	upheld: {},
	dismissed: {},
	removed: {}
};

/** Reports of a message already delivered. */
export const REPORT_TRANSITIONS: TransitionTable = {
	pending: { teacher: ['uphold', 'dismiss', 'escalate'] },
	escalated: { dsl: ['uphold', 'dismiss'] },
	approved: {},
	rejected: {},
	upheld: {},
	dismissed: {},
	removed: {}
};

const RESULTING_STATUS: Readonly<Record<ReviewAction, ReviewStatus>> = {
	approve: 'approved',
	reject: 'rejected',
	escalate: 'escalated',
	uphold: 'upheld',
	dismiss: 'dismissed',
	'take-down': 'removed'
};

export function statusAfter(action: ReviewAction): ReviewStatus {
	return RESULTING_STATUS[action];
}

/** Whether the item has left the queue for good (an approved item may still be taken down). */
export function isDecided(status: ReviewStatus): boolean {
	return status !== 'pending' && status !== 'escalated';
}

/** Whether the viewer stands inside the item's school and, for a teacher, its class. */
export function isInScope(item: ReviewItem, viewer: Viewer): boolean {
	if (item.schoolId !== viewer.schoolId) return false;
	if (viewer.role === 'teacher') return viewer.classIds.includes(item.classId);
	return viewer.role === 'dsl';
}

/** The actions this viewer may take on this item right now, computed for the page. */
export function availableActions(item: ReviewItem, viewer: Viewer): ReviewAction[] {
	if (!isInScope(item, viewer)) return [];
	const table = item.target.type === 'report' ? REPORT_TRANSITIONS : TRANSITIONS;
	const byRole = table[item.status][viewer.role] ?? [];
	return byRole.filter((action) => !(action === 'approve' && item.verdict === 'block'));
}
