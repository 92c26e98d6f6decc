// How much a set of findings matters to safeguarding, so a DSL can trust an
// urgent alert. Owns the rule: urgent only on strong evidence, that is self-harm
// or grooming found by a listed phrase or by the word model with real confidence,
// or a meeting or a child's whereabouts together with secrecy or an unknown
// adult; a DSL alert that can wait for secrecy or a meeting on their own;
// everything else is the teacher's to judge in the queue.
//
// "Real confidence" for the word model (classifier.ts) is a score over the kind's
// `strong` line, one that no held-out message of another kind or innocent message
// reached in cross-validation (its rule is then `<kind>.model`). A score only over
// the ordinary line (`<kind>.model-weak`) is one ambiguous message the model is
// unsure of ("i don't want to be a footballer anymore"): it is held for the
// teacher, who reads every held message, but it raises no DSL alert on its own
// and cannot make secrecy or a meeting urgent, so one guess of the model never
// pages the DSL. A listed phrase or another finding still decides as before.
// A listed phrase in a message that casts doubt on it (urgent-doubt.ts: a role play, a
// family saying, vanishing for shame) is named `<rule>-unsure` and counts the same way.

import type { FindingKind, Severity } from './types.js';
import { UNSURE_SUFFIX } from './urgent-doubt.js';

/** Rules that mean an adult the child does not know is involved (a car pick-up, a grown-up friend). */
const UNKNOWN_ADULT_RULES = new Set(['meeting.pick-up', 'meeting.unknown-adult']);

/** True for a word-model finding under its kind's strong line, or a doubted phrase: held, but evidence for no alert. */
export function isWeakFinding(finding: { rule: string }): boolean {
	return finding.rule.endsWith('.model-weak') || finding.rule.endsWith(UNSURE_SUFFIX);
}

/** The severity of one message's findings. */
export function severityOf(findings: readonly { kind: FindingKind; rule: string }[]): Severity {
	if (findings.length === 0) return 'none';
	// Weak model findings hold the message for the teacher and count for nothing more.
	const kinds = new Set(findings.filter((f) => !isWeakFinding(f)).map((f) => f.kind));
	if (kinds.has('selfharm') || kinds.has('grooming')) return 'urgent';
	const whereabouts = kinds.has('meeting') || kinds.has('location');
	const adult = findings.some((f) => UNKNOWN_ADULT_RULES.has(f.rule));
	if (whereabouts && (kinds.has('secrecy') || adult)) return 'urgent';
	if (kinds.has('secrecy') || kinds.has('meeting')) return 'alert';
	return 'teacher';
}
