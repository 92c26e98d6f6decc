/**
 * How pupils are named in curriculum views and exports.
 *
 * Rule owned here: children appear by first name only; when two pupils in the
 * same list share a first name, each gets their surname's initial ("Oliver S",
 * "Oliver B"), and only then. Exports leave the school, so they carry no more.
 */
import type { Id } from './types';

export interface NamedPupil {
	readonly id: Id;
	readonly firstName: string;
	readonly surname: string;
}

export function pupilDisplayNames(pupils: readonly NamedPupil[]): Map<Id, string> {
	const counts = new Map<string, number>();
	for (const pupil of pupils) {
		const key = pupil.firstName.trim().toLowerCase();
		counts.set(key, (counts.get(key) ?? 0) + 1);
	}
	return new Map(
		pupils.map((pupil) => {
			const first = pupil.firstName.trim();
			const shared = (counts.get(first.toLowerCase()) ?? 0) > 1;
			const initial = pupil.surname.trim().charAt(0).toUpperCase();
			return [pupil.id, shared && initial ? `${first} ${initial}` : first];
		})
	);
}
