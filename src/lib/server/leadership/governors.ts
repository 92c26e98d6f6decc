// The chair of governors: the head chooses one of the school's governors (audited); an
// allegation about the headteacher goes to them (safeguarding/head-allegations.ts).
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Database, Executor } from '../db';
import { governorChairs, users } from '../db/schema';
import type { Actor } from '../../domain/auth/permissions';
import { assertCan, ownSchool } from '../auth/authorize';
import { isUuid } from '../auth/resources';
import { recordAudit } from '../audit/record';
import { InputError } from '../errors';

export interface GovernorChoice {
	id: string;
	name: string;
	isChair: boolean;
}

/** The chair's user id, when the school has one who can still sign in. */
export async function chairOfGovernorsId(db: Executor, schoolId: string): Promise<string | null> {
	const [row] = await db
		.select({ id: governorChairs.governorId })
		.from(governorChairs)
		.innerJoin(users, eq(users.id, governorChairs.governorId))
		.where(and(eq(governorChairs.schoolId, schoolId), eq(users.role, 'governor'), isNull(users.disabledAt)));
	return row?.id ?? null;
}

/** Whether this person is their school's chair of governors (false for anyone not a governor). */
export async function isChairOfGovernors(db: Executor, actor: Actor): Promise<boolean> {
	if (actor.role !== 'governor') return false;
	return (await chairOfGovernorsId(db, actor.schoolId)) === actor.userId;
}

/** The school's governors, for the head's choice of chair. */
export async function governorChoices(db: Executor, actor: Actor): Promise<GovernorChoice[]> {
	assertCan(actor, 'school.manage', ownSchool(actor));
	const chair = await chairOfGovernorsId(db, actor.schoolId);
	const rows = await db
		.select({ id: users.id, firstName: users.firstName, surname: users.surname })
		.from(users)
		.where(and(eq(users.schoolId, actor.schoolId), eq(users.role, 'governor'), isNull(users.disabledAt)))
		.orderBy(asc(users.surname), asc(users.firstName));
	return rows.map((r) => ({ id: r.id, name: `${r.firstName} ${r.surname}`, isChair: r.id === chair }));
}

/** The head marks one governor the chair (or none, with an empty id); audited. */
export async function chooseChairOfGovernors(db: Database, actor: Actor, governorId: string, now = new Date()): Promise<void> {
	assertCan(actor, 'school.manage', ownSchool(actor));
	await db.transaction(async (tx) => {
		if (governorId === '') {
			await tx.delete(governorChairs).where(eq(governorChairs.schoolId, actor.schoolId));
		} else {
			const [governor] = isUuid(governorId)
				? await tx
						.select({ id: users.id })
						.from(users)
						.where(and(eq(users.id, governorId), eq(users.schoolId, actor.schoolId), eq(users.role, 'governor'), isNull(users.disabledAt)))
				: [];
			if (!governor) throw new InputError('governorId', 'Choose the chair from the school’s governors.');
			await tx
				.insert(governorChairs)
				.values({ schoolId: actor.schoolId, governorId, chosenBy: actor.userId, chosenAt: now })
				.onConflictDoUpdate({ target: governorChairs.schoolId, set: { governorId, chosenBy: actor.userId, chosenAt: now } });
		}
		await recordAudit(tx, {
			schoolId: actor.schoolId,
			actorId: actor.userId,
			action: 'governors.chair_chosen',
			targetType: 'user',
			...(governorId === '' ? {} : { targetId: governorId }),
			details: { cleared: governorId === '' }
		});
	});
}
