// A pupil's subject-access export names no other child. Every string in it (generated
// action details such as "Parents of … sent a notice", incident descriptions staff typed,
// report notes, the pupil's own words) has every other pupil's full name, surname,
// username, id and first name replaced, as whole words, by "another pupil". Names that
// are also the subject's own (a classmate with the same first name, a sibling's surname)
// are left, since redacting them would hide the subject from their own copy; the other
// child's full name is still caught.

export const REDACTED = 'another pupil';

export interface PupilIdentity {
	id: string;
	username: string;
	firstName: string;
	surname: string;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One case-insensitive, whole-word pattern for everything that identifies the others. */
export function otherPupilsPattern(subject: PupilIdentity, others: readonly PupilIdentity[]): RegExp | null {
	const own = new Set(
		[subject.firstName, subject.surname, `${subject.firstName} ${subject.surname}`, subject.username, subject.id].map((s) => s.trim().toLowerCase())
	);
	const terms = new Set<string>();
	for (const o of others) {
		for (const term of [`${o.firstName} ${o.surname}`, o.surname, o.username, o.id, o.firstName]) {
			const t = term.trim();
			// Very short fragments ("Al", "Li") would also hit ordinary words; the full name still catches them.
			if (t.length >= 3 && !own.has(t.toLowerCase())) terms.add(t);
		}
	}
	if (!terms.size) return null;
	// Longest first, so "Noah Smith" is replaced whole before "Noah" alone.
	const alternatives = [...terms].sort((a, b) => b.length - a.length).map((t) => escape(t).replace(/\s+/g, '\\s+'));
	return new RegExp(`(?<![\\p{L}\\p{N}_.-])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}_])`, 'giu');
}

/** A deep copy of `value` with every string redacted; keys, numbers and dates are kept. */
export function redactOtherPupils<T>(value: T, pattern: RegExp | null): T {
	if (!pattern) return value;
	const walk = (v: unknown): unknown => {
		if (typeof v === 'string') return v.replace(pattern, REDACTED);
		if (Array.isArray(v)) return v.map(walk);
		if (v instanceof Date || v === null || typeof v !== 'object') return v;
		return Object.fromEntries(Object.entries(v).map(([k, inner]) => [k, walk(inner)]));
	};
	return walk(value) as T;
}
