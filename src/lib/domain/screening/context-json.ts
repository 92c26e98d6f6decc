// Reading a school's screening context from JSON (the CLI's --context file and
// the benchmark's fixtures). Accepts the field names of ScreeningContext and the
// nested spelling `school: { name, town, teachers }` or `town`, so a context
// written by hand in either shape works; anything else is ignored.

import type { RosterName, ScreeningContext } from './types.js';

const strings = (v: unknown): string[] | undefined => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : undefined);
const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v : undefined);

function roster(v: unknown): RosterName[] | undefined {
	if (!Array.isArray(v)) return undefined;
	return v.flatMap((r: unknown) => {
		if (typeof r === 'string') {
			const [firstName, ...rest] = r.trim().split(/\s+/);
			return firstName && rest.length > 0 ? [{ firstName, surname: rest.join(' ') }] : [];
		}
		const o = r as { firstName?: unknown; surname?: unknown; lastName?: unknown };
		const surname = text(o?.surname) ?? text(o?.lastName);
		return typeof o?.firstName === 'string' && surname ? [{ firstName: o.firstName, surname }] : [];
	});
}

/** A ScreeningContext from parsed JSON; throws if it is not an object. */
export function contextFromJson(parsed: unknown): ScreeningContext {
	if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('context must be a JSON object');
	const o = parsed as Record<string, unknown>;
	const school = (typeof o.school === 'object' && o.school !== null ? o.school : {}) as Record<string, unknown>;
	return {
		rosterNames: roster(o.rosterNames ?? o.roster),
		approvedDomains: strings(o.approvedDomains),
		extraWords: strings(o.extraWords),
		allowedWords: strings(o.allowedWords),
		schoolName: text(o.schoolName) ?? text(school.name) ?? text(o.school),
		schoolTown: text(o.schoolTown) ?? text(school.town) ?? text(o.town),
		teacherNames: strings(o.teacherNames) ?? strings(school.teachers) ?? strings(o.teachers)
	};
}
