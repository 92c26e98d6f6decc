/**
 * Which safeguarding alerts email the safeguarding lead at once, and which wait for the
 * daily summary. The one place that decides it, from the alert's own kind and severity,
 * so a new kind of alert slots in without touching the notification code.
 *
 * Rules owned here:
 * - anything marked severity 'urgent' is urgent;
 * - so is anything a person raised about a child (a pupil's report or "I'm worried", a
 *   teacher's escalation or concern) and any sign of self-harm or grooming, whatever its severity;
 * - the rest (repeated blocked personal details, for instance) goes in the digest.
 */
export type AlertUrgency = 'urgent' | 'digest';

const URGENT_KINDS: ReadonlySet<string> = new Set(['pupil-report', 'teacher-escalation', 'secrecy-request', 'meeting-request']);
// Kinds other parts of the product raise (or will): matched by the words in their names.
const URGENT_WORDS = /worried|self-harm|grooming|escalat|concern/;

export function alertUrgency(alert: { kind: string; severity: string }): AlertUrgency {
	if (alert.severity === 'urgent') return 'urgent';
	return URGENT_KINDS.has(alert.kind) || URGENT_WORDS.test(alert.kind) ? 'urgent' : 'digest';
}
