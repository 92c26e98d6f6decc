// Helpers shared by the screening specs (not imported by production code).

import { expect, it } from 'vitest';
import { screenText } from './screen.js';
import type { FindingKind, ScreeningContext, Severity } from './types.js';

export const SCHOOL: ScreeningContext = {
	rosterNames: [
		{ firstName: 'Amira', surname: 'Khan' },
		{ firstName: 'Oliver', surname: 'Smith' },
		{ firstName: 'Grace', surname: "O'Neill" },
		{ firstName: 'Ruby', surname: 'Brown' },
		{ firstName: 'Lily-Mae', surname: 'Jones' }
	],
	approvedDomains: ['bbc.co.uk', 'purplemash.com'],
	extraWords: ['wasteman'],
	allowedWords: ['Bitchfield']
};

/** The evidence text of each finding of one kind, cut from the original. */
export function evidence(text: string, kind: FindingKind, context: ScreeningContext = SCHOOL): string[] {
	return screenText(text, context)
		.findings.filter((f) => f.kind === kind)
		.map((f) => text.slice(f.start, f.end));
}

/** Rule ids of every finding. */
export function rules(text: string, context: ScreeningContext = SCHOOL): string[] {
	return screenText(text, context).findings.map((f) => f.rule);
}

/** A rule, a message it must hold, and an innocent twin close in wording that must pass. */
export type HeldPair = readonly [rule: string, caught: string, innocent: string];

export interface HeldPairCheck {
	/** 'kind' where another rule of the same kind may find the message first. */
	readonly findsBy: 'rule' | 'kind';
	/** The severity every caught message must carry; left out where any is fine. */
	readonly severity?: Severity;
	/**
	 * The verdict every caught message must get: 'hold' (the default), or 'not-allow' where a
	 * row is also blocked for a place or a detail it names ("come to the shop by yourself")
	 * and held or blocked are both right, so long as it never passes.
	 */
	readonly verdict?: 'hold' | 'not-allow';
}

/**
 * Tries each pair from both sides, inside the caller's describe: the caught message is held
 * (or, with verdict 'not-allow', held or blocked) and found by its rule (or its rule's kind),
 * and the twin is left with nothing found.
 */
export function itHoldsEachAndPassesItsTwin(pairs: readonly HeldPair[], { findsBy, severity, verdict = 'hold' }: HeldPairCheck): void {
	const holds = verdict === 'hold' ? 'holds' : 'holds or blocks';
	it.each(pairs)(`%s ${holds} %j${severity ? ` as ${severity}` : ''}`, (rule, caught) => {
		const result = screenText(caught);
		if (verdict === 'hold') expect(result.verdict).toBe('hold');
		else expect(result.verdict).not.toBe('allow');
		if (findsBy === 'rule') expect(result.findings.map((f) => f.rule)).toContain(rule);
		else expect(result.findings.map((f) => f.kind)).toContain(rule.split('.')[0]);
		if (severity) expect(result.severity).toBe(severity);
	});

	it.each(pairs)('%s leaves the twin of %j alone', (_rule, _caught, innocent) => {
		expect(screenText(innocent).findings).toEqual([]);
	});
}

/** A rule, a message it must block, and an innocent twin close in wording that must pass. */
export type BlockedPair = readonly [rule: string, caught: string, innocent: string];

/**
 * Tries each pair from both sides, inside the caller's describe: the caught message is blocked
 * and found by its rule, and the twin is left with nothing found, both read with `context`.
 */
export function itBlocksEachAndPassesItsTwin(pairs: readonly BlockedPair[], context: ScreeningContext = SCHOOL): void {
	it.each(pairs)('%s blocks %j', (rule, caught) => {
		const result = screenText(caught, context);
		expect(result.verdict).toBe('block');
		expect(result.findings.map((f) => f.rule)).toContain(rule);
	});

	it.each(pairs)('%s leaves the twin of %j alone', (_rule, _caught, innocent) => {
		expect(screenText(innocent, context).findings).toEqual([]);
	});
}
