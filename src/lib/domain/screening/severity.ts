// How much a set of findings matters to safeguarding, so a DSL can trust an
// urgent alert. Owns the rule: urgent only for self-harm, grooming, and a meeting
// or a child's whereabouts together with secrecy or an unknown adult; a DSL
// alert that can wait for secrecy or a meeting on their own; everything else
// is the teacher's to judge in the queue.

import type { FindingKind, Severity } from './types.js';

/** Rules that mean an adult the child does not know is involved (a car pick-up, a grown-up friend). */
const UNKNOWN_ADULT_RULES = new Set(['meeting.pick-up', 'meeting.unknown-adult']);

/** The severity of one message's findings. */
export function severityOf(findings: readonly { kind: FindingKind; rule: string }[]): Severity {
	if (findings.length === 0) return 'none';
	const kinds = new Set(findings.map((f) => f.kind));
	if (kinds.has('selfharm') || kinds.has('grooming')) return 'urgent';
	const whereabouts = kinds.has('meeting') || kinds.has('location');
	const adult = findings.some((f) => UNKNOWN_ADULT_RULES.has(f.rule));
	if (whereabouts && (kinds.has('secrecy') || adult)) return 'urgent';
	if (kinds.has('secrecy') || kinds.has('meeting')) return 'alert';
	return 'teacher';
}
