// Turning an account off (a leaver, a suspension) and on again. The account and everything
// it wrote stay; it simply cannot sign in, and every session and socket it had ends at once.
// The head does this for anyone in their own school, but never for themselves (a school
// must not lock out the one person who can turn accounts back on).
import { and, asc, eq, ne, sql } from 'drizzle-orm';
import type { Database } from '../db';
import { twoStepSecrets, users } from '../db/schema';
import type { Actor } from '../../domain/auth/permissions';
import type { Role } from '../../domain/auth/roles';
import { assertCan, ownSchool } from './authorize';
import { invalidateUserSessions } from './session';
import { isUuid } from './resources';
import { recordAudit } from '../audit/record';
import { ConflictError, InputError, NotFoundError } from '../errors';
import { disconnectUsers } from '../realtime/session-sockets';

export interface AccountRow {
	id: string;
	username: string;
	firstName: string;
	surname: string;
	role: Role;
	disabledAt: Date | null;
	/** Two-step sign-in is on, so the head can reset it for a lost phone. */
	twoStepOn: boolean;
}

/** Every account in the head's school, staff first, for the accounts page. */
export async function listAccounts(db: Database, actor: Actor): Promise<AccountRow[]> {
	assertCan(actor, 'account.manage', ownSchool(actor));
	return (
		db
			.select({
				id: users.id,
				username: users.username,
				firstName: users.firstName,
				surname: users.surname,
				role: users.role,
				disabledAt: users.disabledAt,
				twoStepOn: sql<boolean>`${twoStepSecrets.confirmedAt} is not null`
			})
			.from(users)
			.leftJoin(twoStepSecrets, eq(twoStepSecrets.userId, users.id))
			// Erased pupils are anonymised for good; there is nothing left to turn back on.
			.where(and(eq(users.schoolId, actor.schoolId), ne(users.firstName, 'Former')))
			.orderBy(asc(users.role), asc(users.username))
	);
}

export async function setAccountDisabled(db: Database, actor: Actor, userId: string, disabled: boolean, now = new Date()): Promise<void> {
	assertCan(actor, 'account.manage', ownSchool(actor));
	if (!isUuid(userId)) throw new NotFoundError('That account does not exist.');
	if (userId === actor.userId) throw new InputError('userId', 'You cannot turn off your own account.');
	const changed = await db.transaction(async (tx) => {
		const [target] = await tx.select().from(users).where(eq(users.id, userId)).for('update');
		// Another school's account is as unknown here as one that does not exist.
		if (!target || target.schoolId !== actor.schoolId) throw new NotFoundError('That account does not exist.');
		if (target.username.startsWith('erased-')) throw new ConflictError('This pupil’s data has been erased; the account cannot be turned on again.');
		if (Boolean(target.disabledAt) === disabled) return false;
		await tx
			.update(users)
			.set({ disabledAt: disabled ? now : null })
			.where(eq(users.id, userId));
		const ended = disabled ? await invalidateUserSessions(tx, userId) : [];
		await recordAudit(tx, {
			schoolId: actor.schoolId,
			actorId: actor.userId,
			action: disabled ? 'account.disabled' : 'account.enabled',
			targetType: 'user',
			targetId: userId,
			details: { role: target.role, sessionsEnded: ended.length }
		});
		return true;
	});
	// Every socket of the account, whichever session it belonged to.
	if (changed && disabled) disconnectUsers([userId], 'disabled');
}
