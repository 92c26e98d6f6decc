// Screening vocabulary: the kinds a finding can have, which verdict each kind
// leads to, and the shape of the school context the screen is compiled from.

/** Kinds that stop a message outright: personal details and ways to reach a child. */
export const BLOCK_KINDS = ['phone', 'email', 'address', 'postcode', 'social', 'url', 'meeting', 'fullname', 'location', 'school'] as const;

/**
 * Kinds a teacher must judge. `secrecy` lives here rather than under `block`
 * because children keep good secrets too (a surprise for Mum); the teacher
 * decides, and the safeguarding alert flag still fires.
 */
export const HOLD_KINDS = ['profanity', 'unkind', 'chain', 'secrecy', 'grooming', 'threat', 'selfharm'] as const;

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
	/** What was found and why it matters, in plain adult words for the teacher or DSL. */
	/** Optional only because findings stored before it existed lack it; the screen always sets it. */
	forTeacher?: string;
}

/** Lets the safeguarding lead be alerted to grooming signals without parsing rule ids. */
export interface SafeguardingAlerts {
	/** A request to keep something from grown-ups ("don't tell your mum"). */
	secrecy: boolean;
	/** An attempt to arrange a meeting or get a child's whereabouts or picture. */
	meeting: boolean;
}

/**
 * How much a set of findings matters to safeguarding: `urgent` reaches the DSL at
 * once, `alert` is a DSL alert that can wait for the day, `teacher` goes only to the
 * teacher's queue, `none` means nothing was found.
 */
export type Severity = 'urgent' | 'alert' | 'teacher' | 'none';

export interface ScreeningResult {
	verdict: Verdict;
	findings: Finding[];
	alerts: SafeguardingAlerts;
	severity: Severity;
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
	/** The school's own name ("Oakfield Primary"); named with its town, year group or teacher it is blocked. */
	schoolName?: string;
	/** The town or area the school is in. */
	schoolTown?: string;
	/** Staff surnames ("Patel" for Mrs Patel), so "my teacher is Mrs Patel" with the school counts. */
	teacherNames?: readonly string[];
}

export interface Screener {
	/**
	 * `recent` holds the same writer's last few messages in the same room, oldest
	 * first, so a number typed in pieces across messages is still seen whole.
	 */
	screen(text: string, recent?: readonly string[]): ScreeningResult;
}

/** A finding before its explanation is attached; detectors return these. */
export interface RawFinding {
	kind: FindingKind;
	start: number;
	end: number;
	rule: string;
}
