// Screening vocabulary: the kinds a finding can have, which verdict each kind
// leads to, and the shape of the school context the screen is compiled from.

/** Kinds that stop a message outright: personal details and ways to reach a child. */
export const BLOCK_KINDS = [
	'phone',
	'email',
	'address',
	'postcode',
	'social',
	'url',
	'meeting',
	'fullname'
] as const;

/**
 * Kinds a teacher must judge. `secrecy` lives here rather than under `block`
 * because children keep good secrets too (a surprise for Mum); the teacher
 * decides, and the safeguarding alert flag still fires.
 */
export const HOLD_KINDS = ['profanity', 'unkind', 'chain', 'secrecy'] as const;

export type BlockKind = (typeof BLOCK_KINDS)[number];
export type HoldKind = (typeof HOLD_KINDS)[number];
export type FindingKind = BlockKind | HoldKind;
export type Verdict = 'allow' | 'hold' | 'block';

export interface Finding {
	kind: FindingKind;
	/** Offset into the original text, in UTF-16 code units, inclusive. */
	start: number;
	/** Offset into the original text, exclusive: `text.slice(start, end)` is the evidence. */
	end: number;
	/** Stable rule id such as `phone.uk-mobile`; safe to store and count. */
	rule: string;
	/** One kind sentence a seven-year-old can follow. */
	explanation: string;
}

/** Lets the safeguarding lead be alerted to grooming signals without parsing rule ids. */
export interface SafeguardingAlerts {
	/** A request to keep something from grown-ups ("don't tell your mum"). */
	secrecy: boolean;
	/** An attempt to arrange a meeting or get a child's whereabouts or picture. */
	meeting: boolean;
}

export interface ScreeningResult {
	verdict: Verdict;
	findings: Finding[];
	alerts: SafeguardingAlerts;
}

export interface RosterName {
	firstName: string;
	surname: string;
}

export interface ScreeningContext {
	/** Pupils of the school; a first name followed by the surname is blocked. */
	rosterNames?: readonly RosterName[];
	/** Link hosts the school trusts, e.g. `bbc.co.uk`; sub-domains count too. */
	approvedDomains?: readonly string[];
	/** Words the school wants held on top of the built-in list. */
	extraWords?: readonly string[];
	/** Words the school's area needs (a local place, a surname) that must never be held. */
	allowedWords?: readonly string[];
}

export interface Screener {
	screen(text: string): ScreeningResult;
}

/** A finding before its explanation is attached; detectors return these. */
export interface RawFinding {
	kind: FindingKind;
	start: number;
	end: number;
	rule: string;
}
