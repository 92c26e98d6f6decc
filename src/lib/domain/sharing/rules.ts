/**
 * Who may see a piece of shared work, and whether it needs a teacher first.
 *
 * Owns:
 * - a family sees a piece only when the pupil shared it, a teacher approved it (or the
 *   class lets clean writing through), and consents allow it at the moment of looking:
 *   "publish work to family" always, and "photographs" too when photos show people;
 * - "not asked" is not a yes (the agreements domain decides what is in force);
 * - only writing the screen found nothing in may skip approval, and only when the
 *   class's teacher has turned that on; photos are always looked at by a person;
 * - the screen reads the title and the text together, exactly as the teacher sees it.
 */

export type WorkKind = 'writing' | 'images';
export type ShareStatus = 'not-shared' | 'pending' | 'approved' | 'rejected' | 'escalated';

export interface FamilyConsents {
	publishWork: boolean;
	photographs: boolean;
}

export interface ShareableWork {
	kind: WorkKind;
	shareStatus: ShareStatus;
	showsPeople: boolean;
}

/** The consents this piece needs before a family may see it. */
export function consentsNeeded(work: Pick<ShareableWork, 'kind' | 'showsPeople'>): ('publish-work-to-family' | 'photographs')[] {
	return work.kind === 'images' && work.showsPeople ? ['publish-work-to-family', 'photographs'] : ['publish-work-to-family'];
}

export function consentsAllow(work: Pick<ShareableWork, 'kind' | 'showsPeople'>, consents: FamilyConsents): boolean {
	return consentsNeeded(work).every((kind) => (kind === 'photographs' ? consents.photographs : consents.publishWork));
}

export function visibleToFamily(work: ShareableWork, consents: FamilyConsents): boolean {
	return work.shareStatus === 'approved' && consentsAllow(work, consents);
}

export interface ScreenSummary {
	verdict: 'allow' | 'hold' | 'block';
	findingCount: number;
}

/** True when sharing can go straight to the family without a teacher's look. */
export function skipsApproval(kind: WorkKind, screen: ScreenSummary, cleanTextSkipsApproval: boolean): boolean {
	return cleanTextSkipsApproval && kind === 'writing' && screen.verdict === 'allow' && screen.findingCount === 0;
}

/** The text the screen reads and the queue shows: title, a blank line, then the words. */
export function screenedText(title: string, body: string): string {
	return body ? `${title}\n\n${body}` : title;
}

/** A sharing state a pupil may start from: never shared, sent back, or taken back. */
export function canShareFrom(status: ShareStatus): boolean {
	return status === 'not-shared' || status === 'rejected';
}

/** What the pupil reads about where their work is. */
export function statusForPupil(status: ShareStatus): string {
	switch (status) {
		case 'not-shared':
			return 'Only you and your teacher can see this.';
		case 'pending':
			return 'Waiting for your teacher to check it.';
		case 'approved':
			return 'Shared with your family.';
		case 'rejected':
			return 'Your teacher sent this back.';
		case 'escalated':
			return 'Your teacher is checking this with another teacher.';
	}
}

/** The short label staff see in the class list. */
export const STATUS_LABEL: Record<ShareStatus, string> = {
	'not-shared': 'Not shared',
	pending: 'Waiting for approval',
	approved: 'Shared with family',
	rejected: 'Sent back',
	escalated: 'With the safeguarding lead'
};
