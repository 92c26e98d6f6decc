/**
 * The policy register: the school's own policies, each with an owner, a review date and
 * numbered versions. Staff acknowledge each new version of a policy that asks for it.
 *
 * Owns: which acknowledgements a member of staff still owes and when each one starts to
 * close their gate, and whether a policy's review is due. A new version gives staff a
 * fortnight's grace before it gates them, so publishing a policy on a Monday does not stop
 * the moderation queue that afternoon; the staff home says what is owed until then.
 * Pure: the caller passes the school's rows and the time.
 */
import { londonDate } from '../calendar';

export const POLICY_KINDS = ['e-safety', 'acceptable-use', 'data-protection', 'safeguarding', 'behaviour', 'anti-bullying', 'other'] as const;
export type PolicyKind = (typeof POLICY_KINDS)[number];

export const POLICY_KIND_LABELS: Record<PolicyKind, string> = {
	'e-safety': 'E-safety',
	'acceptable-use': 'Acceptable use',
	'data-protection': 'Data protection',
	safeguarding: 'Safeguarding and child protection',
	behaviour: 'Behaviour',
	'anti-bullying': 'Anti-bullying',
	other: 'Other'
};

/** Days a member of staff has to acknowledge a new version before it closes their gate. */
export const ACKNOWLEDGE_GRACE_DAYS = 14;
/** A review date this close shows as "due soon" on the register. */
export const REVIEW_DUE_SOON_DAYS = 30;

const DAY_MS = 86_400_000;

/** The latest published version of one policy, as far as acknowledgement is concerned. */
export interface PolicyVersionForAck {
	schoolId: string;
	policyId: string;
	title: string;
	versionId: string;
	number: number;
	publishedAt: Date;
	requiresAcknowledgement: boolean;
	archived: boolean;
}

export interface PolicyAcknowledgement {
	schoolId: string;
	versionId: string;
	staffId: string;
}

export interface OwedAcknowledgement {
	policyId: string;
	title: string;
	versionId: string;
	number: number;
	/** The moment the grace period ends and the gate closes. */
	dueBy: Date;
	overdue: boolean;
}

/**
 * What a member of staff still has to acknowledge, oldest first. Only the latest version
 * of each live policy counts: acknowledging version 3 is what matters once it is out.
 * Rows from another school are ignored whatever the caller passes in.
 */
export function owedAcknowledgements(
	schoolId: string,
	staffId: string,
	latestVersions: readonly PolicyVersionForAck[],
	acknowledgements: readonly PolicyAcknowledgement[],
	now: Date
): OwedAcknowledgement[] {
	const done = new Set(acknowledgements.filter((a) => a.schoolId === schoolId && a.staffId === staffId).map((a) => a.versionId));
	return latestVersions
		.filter((v) => v.schoolId === schoolId && v.requiresAcknowledgement && !v.archived && !done.has(v.versionId))
		.map((v) => {
			const dueBy = new Date(v.publishedAt.getTime() + ACKNOWLEDGE_GRACE_DAYS * DAY_MS);
			return {
				policyId: v.policyId,
				title: v.title,
				versionId: v.versionId,
				number: v.number,
				dueBy,
				overdue: now.getTime() >= dueBy.getTime()
			};
		})
		.sort((a, b) => a.dueBy.getTime() - b.dueBy.getTime());
}

export type ReviewState = 'overdue' | 'due-soon' | 'in-date';

/** Whether a policy's review date (an ISO date, London) has passed or is near. */
export function reviewState(reviewOn: string, now: Date): ReviewState {
	const today = londonDate(now);
	if (reviewOn < today) return 'overdue';
	const soon = londonDate(new Date(now.getTime() + REVIEW_DUE_SOON_DAYS * DAY_MS));
	return reviewOn <= soon ? 'due-soon' : 'in-date';
}

/** Staff-facing words for why the gate is closed by policies. */
export function owedExplanation(owed: readonly OwedAcknowledgement[]): string {
	const overdue = owed.filter((o) => o.overdue);
	const names = overdue.map((o) => `${o.title} (version ${o.number})`).join(', ');
	return overdue.length === 1
		? `You have not yet read and acknowledged ${names}.`
		: `You have not yet read and acknowledged ${overdue.length} policies: ${names}.`;
}
