// How children appear to each other: first name only, plus the first letter of the
// surname where two children in the same room share a first name ("Oliver S", "Oliver B").
// Surnames never leave the server in full for other children.
export interface NamedPerson {
	id: string;
	firstName: string;
	surname: string;
}

export function displayNames(people: readonly NamedPerson[]): Map<string, string> {
	const key = (p: NamedPerson): string => p.firstName.trim().toLocaleLowerCase('en-GB');
	const counts = new Map<string, number>();
	for (const p of people) counts.set(key(p), (counts.get(key(p)) ?? 0) + 1);
	const names = new Map<string, string>();
	for (const p of people) {
		const first = p.firstName.trim();
		const initial = p.surname.trim().charAt(0).toLocaleUpperCase('en-GB');
		names.set(p.id, (counts.get(key(p)) ?? 0) > 1 && initial ? `${first} ${initial}` : first);
	}
	return names;
}
