// What the concern forms show: for staff, every current pupil of the school (searchable,
// names only); for a parent, their own children and who at school will read what they write.
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Executor } from '../db';
import { schoolName } from '../schools/school-name';
import { users } from '../db/schema';
import type { Actor } from '../../domain/auth/permissions';
import { assertCan, ownSchool } from '../auth/authorize';

export interface StaffConcernForm {
	pupils: { id: string; name: string }[];
}

export async function staffConcernForm(db: Executor, actor: Actor): Promise<StaffConcernForm> {
	assertCan(actor, 'home.staff', ownSchool(actor));
	const rows = await db
		.select({ id: users.id, firstName: users.firstName, surname: users.surname })
		.from(users)
		.where(and(eq(users.schoolId, actor.schoolId), eq(users.role, 'pupil'), isNull(users.disabledAt)));
	return { pupils: rows.map((r) => ({ id: r.id, name: `${r.firstName} ${r.surname}` })).sort((a, b) => a.name.localeCompare(b.name, 'en-GB')) };
}

export interface ParentConcernForm {
	children: { id: string; firstName: string }[];
	schoolName: string;
	/** The safeguarding leads by name: who reads a parent's concern. */
	leads: string[];
}

export async function parentConcernForm(db: Executor, actor: Actor): Promise<ParentConcernForm> {
	assertCan(actor, 'home.parent', ownSchool(actor));
	const children = actor.childIds.length
		? await db
				.select({ id: users.id, firstName: users.firstName })
				.from(users)
				.where(and(eq(users.schoolId, actor.schoolId), inArray(users.id, [...actor.childIds]), isNull(users.disabledAt)))
		: [];
	const name = await schoolName(db, actor.schoolId);
	const leads = await db
		.select({ firstName: users.firstName, surname: users.surname })
		.from(users)
		.where(and(eq(users.schoolId, actor.schoolId), eq(users.role, 'dsl'), isNull(users.disabledAt)));
	return { children, schoolName: name || 'the school', leads: leads.map((l) => `${l.firstName} ${l.surname}`) };
}
