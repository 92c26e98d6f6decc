// Checks that everyone named on an incident belongs to the actor's school, in the right
// role: pupils involved are pupils, staff involved are staff, the report went to a member
// of staff. Ids from a form are never trusted to be in the school.
import { and, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../db';
import { users } from '../db/schema';
import { isStaff, type Role } from '../../domain/auth/roles';
import { isUuid } from '../auth/resources';
import { InputError } from '../errors';

export interface NamedPeople {
	reportedById: string;
	reportedToId: string;
	pupilIds: readonly string[];
	staffIds: readonly string[];
}

export async function assertPeopleInSchool(db: Executor, schoolId: string, people: NamedPeople): Promise<void> {
	const ids = [people.reportedById, people.reportedToId, ...people.pupilIds, ...people.staffIds];
	const valid = ids.filter(isUuid);
	const rows = valid.length
		? await db
				.select({ id: users.id, role: users.role })
				.from(users)
				.where(and(eq(users.schoolId, schoolId), inArray(users.id, valid)))
		: [];
	const roleOf = new Map<string, Role>(rows.map((r) => [r.id, r.role]));
	if (!roleOf.has(people.reportedById)) throw new InputError('reportedById', 'Choose who reported it from the list.');
	const to = roleOf.get(people.reportedToId);
	if (!to || !isStaff(to)) throw new InputError('reportedToId', 'Choose the member of staff it was reported to.');
	if (people.pupilIds.some((id) => roleOf.get(id) !== 'pupil')) throw new InputError('pupilIds', 'Every pupil involved must be chosen from the list.');
	if (people.staffIds.some((id) => !isStaff(roleOf.get(id) ?? 'pupil')))
		throw new InputError('staffIds', 'Every member of staff involved must be chosen from the list.');
}

export interface PersonOption {
	id: string;
	name: string;
	role: Role;
}

/** Everyone the incident form may name, for its lists. */
export async function listSchoolPeople(db: Executor, schoolId: string): Promise<PersonOption[]> {
	const rows = await db
		.select({ id: users.id, firstName: users.firstName, surname: users.surname, role: users.role, disabledAt: users.disabledAt })
		.from(users)
		.where(eq(users.schoolId, schoolId));
	return rows
		.filter((r) => r.disabledAt === null)
		.map((r) => ({ id: r.id, name: `${r.firstName} ${r.surname}`, role: r.role }))
		.sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
}
