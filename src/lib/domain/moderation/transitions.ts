/**
 * Review-queue transitions: which action each role may take from each status.
 *
 * Rules owned here:
 * - the teacher of the item's class approves, rejects or escalates a pending item;
 * - the school's safeguarding lead (DSL) decides an escalated item (approve or reject);
 * - approved and rejected are final: a decided item cannot be decided again;
 * - nobody approves an item the screen blocked, because a blocked personal detail
 *   must never be delivered, whoever looks at it;
 * - nobody acts across a school boundary, and a teacher only within their classes.
 */
import type { ReviewAction, ReviewItem, ReviewStatus, Role, Viewer } from './types';

type TransitionTable = Readonly<Record<ReviewStatus, Readonly<Partial<Record<Role, readonly ReviewAction[]>>>>>;

export const TRANSITIONS: TransitionTable = {
	pending: { teacher: ['approve', 'reject', 'escalate'] },
	escalated: { dsl: ['approve', 'reject'] },
	approved: {},
	rejected: {}
};

const RESULTING_STATUS: Readonly<Record<ReviewAction, ReviewStatus>> = {
	approve: 'approved',
	reject: 'rejected',
	escalate: 'escalated'
};

export function statusAfter(action: ReviewAction): ReviewStatus {
	return RESULTING_STATUS[action];
}

export function isDecided(status: ReviewStatus): boolean {
	return status === 'approved' || status === 'rejected';
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
	const byRole = TRANSITIONS[item.status][viewer.role] ?? [];
	return byRole.filter((action) => !(action === 'approve' && item.verdict === 'block'));
}
