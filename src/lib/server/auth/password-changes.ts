// Changing passwords. Any change ends every other session of that user (the Lucia guide's
// rule), so a password known to someone else stops working everywhere at once.
import { eq } from 'drizzle-orm';
import type { Database } from '../db';
import { users } from '../db/schema';
import type { Actor } from '../../domain/auth/permissions';
import { checkPassword } from '../../domain/auth/password-policy';
import { assertCan } from './authorize';
import { pupilResource } from './resources';
import { hashPassword, verifyPassword } from './passwords';
import { invalidateUserSessions } from './session';
import { recordAudit } from '../audit/record';
import { InputError, NotFoundError } from '../errors';
import { disconnectSessions } from '../realtime/session-sockets';

/** A teacher (of the pupil's class) or an admin sets a pupil's password. */
export async function resetPupilPassword(db: Database, actor: Actor, pupilId: string, newPassword: string): Promise<void> {
	const resource = await pupilResource(db, pupilId);
	if (!resource) throw new NotFoundError('That pupil does not exist.');
	assertCan(actor, 'pupil.password.reset', resource);
	const check = checkPassword('pupil', newPassword);
	if (!check.ok) throw new InputError('password', check.message);
	const passwordHash = await hashPassword(newPassword);
	const ended = await db.transaction(async (tx) => {
		await tx.update(users).set({ passwordHash, passwordChangedAt: new Date() }).where(eq(users.id, pupilId));
		const ended = await invalidateUserSessions(tx, pupilId);
		await recordAudit(tx, {
			schoolId: actor.schoolId,
			actorId: actor.userId,
			action: 'auth.pupil_password_reset',
			targetType: 'user',
			targetId: pupilId
		});
		return ended;
	});
	disconnectSessions(ended, 'password-changed');
}

/** Anyone changes their own password; their other sessions end, this one stays. */
export async function changeOwnPassword(db: Database, actor: Actor, currentSessionId: string, currentPassword: string, newPassword: string): Promise<void> {
	const [user] = await db.select().from(users).where(eq(users.id, actor.userId));
	if (!user) throw new NotFoundError();
	// Pupils' passwords are set by their teacher, who can help when one is forgotten.
	if (user.role === 'pupil') throw new InputError('newPassword', 'Ask your teacher to change your password.');
	if (!(await verifyPassword(user.passwordHash, currentPassword))) throw new InputError('currentPassword', 'Your current password is not right.');
	const check = checkPassword(user.role, newPassword, [user.username, user.firstName, user.surname]);
	if (!check.ok) throw new InputError('newPassword', check.message);
	const passwordHash = await hashPassword(newPassword);
	const ended = await db.transaction(async (tx) => {
		// Choosing their own password is what an admin's temporary one asked for.
		await tx.update(users).set({ passwordHash, passwordChangedAt: new Date(), passwordChangeRequired: false }).where(eq(users.id, user.id));
		const ended = await invalidateUserSessions(tx, user.id, currentSessionId);
		await recordAudit(tx, {
			schoolId: user.schoolId,
			actorId: user.id,
			action: 'auth.password_changed',
			targetType: 'user',
			targetId: user.id
		});
		return ended;
	});
	disconnectSessions(ended, 'password-changed');
}
