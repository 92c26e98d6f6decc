/**
 * Concerns: what a person (not the screen) raises about a child — a pupil's "I'm worried",
 * a parent about their own child, any member of staff about any pupil of the school.
 *
 * Rules owned here:
 * - a concern records who it is about, what happened in the raiser's words, when it
 *   happened, who raised it and when (the seeds: "any suspected online risk … is reported
 *   to the online safety coordinator that day"), and optionally an area;
 * - when it happened cannot be in the future, and not more than a year back (older matters
 *   are for a conversation with the DSL, not a form);
 * - a concern is open until the DSL either turns it into an incident or closes it with a
 *   reason; both are final, so a decided concern cannot be decided again;
 * - the alert's one-line summary never carries the raiser's words (summaries may be emailed).
 */

export const CONCERN_CATEGORIES = {
	'online-safety': 'Something online (contact, content or sharing)',
	bullying: 'Unkindness or bullying',
	wellbeing: 'Mood, worry or wellbeing',
	'adult-contact': 'An adult’s contact with a child',
	home: 'Something at home',
	other: 'Something else'
} as const;
export type ConcernCategory = keyof typeof CONCERN_CATEGORIES;
export const CONCERN_CATEGORY_KEYS = Object.keys(CONCERN_CATEGORIES) as [ConcernCategory, ...ConcernCategory[]];

export type ConcernStatus = 'open' | 'incident' | 'closed';
export type ConcernDecision = 'incident' | 'close';

export const CONCERN_STATUS_LABELS: Readonly<Record<ConcernStatus, string>> = {
	open: 'waiting for the safeguarding lead',
	incident: 'turned into an incident',
	closed: 'closed'
};

/** What the DSL may still do with a concern in this state. */
export function concernDecisions(status: ConcernStatus): ConcernDecision[] {
	return status === 'open' ? ['incident', 'close'] : [];
}

const DAY_MS = 86_400_000;
// A minute of slack for clocks that differ between the browser and the server.
const FUTURE_SLACK_MS = 60_000;

/** Null when `occurredAt` is a sound "when it happened", else the message to show. */
export function checkOccurredAt(occurredAt: Date, now: Date): string | null {
	if (Number.isNaN(occurredAt.getTime())) return 'Enter when it happened as a date and time.';
	if (occurredAt.getTime() > now.getTime() + FUTURE_SLACK_MS) return 'When it happened cannot be in the future.';
	if (occurredAt.getTime() < now.getTime() - 366 * DAY_MS) return 'That is more than a year ago: please speak to the safeguarding lead instead.';
	return null;
}

/** The most pupils one concern may name; more is a whole-class matter for the DSL. */
export const MAX_CONCERN_PUPILS = 10;
