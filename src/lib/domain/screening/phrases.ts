// Shared matcher for phrase rules (meeting, secrecy, unkind, chain). Phrases
// are written against the word view, so apostrophes are gone ("dont",
// "youre") and punctuation is a single space.

import type { WordView } from './normalise.js';
import type { FindingKind, RawFinding } from './types.js';

export interface PhraseRule {
	rule: string;
	pattern: RegExp;
	/** If this matches the words around the phrase, it is innocent ("nice to meet you"). */
	unless?: RegExp;
	/** A cheap test every match needs; skips the full pattern for most messages. */
	needs?: RegExp;
}

/** Shorthand children use for "you", "you're", "are"; spliced into patterns. */
export const YOU = '(?:you|u|ya|yu|yoo)';
export const YOURE = '(?:youre|you are|u are|u r|you r|yr|you re|ure|u re|youse)';
export const ILL = '(?:ill|i will|i ll|im going to|im gonna|i am going to|i am gonna|imma|ima|im gunna|i wil|il)';

/** Turn source text into a global, word-bounded regex. */
export function phrase(source: string): RegExp {
	return new RegExp(`(?<![a-z0-9])(?:${source})(?![a-z0-9])`, 'g');
}

/** Every match of every rule, as findings of one kind. */
export function matchPhrases(view: WordView, rules: readonly PhraseRule[], kind: FindingKind): RawFinding[] {
	const findings: RawFinding[] = [];
	const text = view.text;
	for (const { rule, pattern, unless, needs } of rules) {
		if (needs !== undefined && !needs.test(text)) continue;
		pattern.lastIndex = 0;
		for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
			if (unless !== undefined) {
				const window = text.slice(Math.max(0, m.index - 40), Math.min(text.length, m.index + m[0].length + 40));
				if (unless.test(window)) continue;
			}
			const end = m.index + m[0].length;
			findings.push({ kind, start: view.starts[m.index] ?? 0, end: view.ends[end - 1] ?? 0, rule });
		}
	}
	return findings;
}
