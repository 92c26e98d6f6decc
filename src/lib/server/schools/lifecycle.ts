// A person's life in the school after set-up, done by the school admin: a new name, a move
// to another class mid-year, a parent unlinked from a child, a forgotten staff or parent
// password reset. Each is checked against the admin's own school (another school's people
// are "not found"), written with its audit entry in one transaction, and told to live pages
// and sockets only after the commit.
import { randomBytes } from 'node:crypto';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Database, Executor } from '../db';
import { classMemberships, classes, parentLinks, roomMembers, rooms, users } from '../db/schema';
import type { Actor } from '../../domain/auth/permissions';
import { isStaff } from '../../domain/auth/roles';
import type { RenameAccountInput } from '../../domain/schools/lifecycle-inputs';
import { assertCan, ownSchool } from '../auth/authorize';
import { hashPassword } from '../auth/passwords';
import { invalidateUserSessions } from '../auth/session';
import { isUuid } from '../auth/resources';
import { recordAudit } from '../audit/record';
import { InputError, NotFoundError } from '../errors';
import { teachingYearOf } from './academic-years';
import { ensureClassRoom } from '../messaging/rooms';
import { disconnectSessions } from '../realtime/session-sockets';
import { announceAccessChanged, publish } from '../realtime/publish';
import { moveLiveSockets } from './lifecycle-live';
import { rooms as socketRooms } from '../../realtime/events';

async function accountInSchool(db: Executor, actor: Actor, userId: string) {
	if (!isUuid(userId)) throw new NotFoundError('That account does not exist.');
	const [target] = await db.select().from(users).where(eq(users.id, userId)).for('update');
	// Another school's account is as unknown here as one that does not exist.
	if (!target || target.schoolId !== actor.schoolId) throw new NotFoundError('That account does not exist.');
	if (target.username.startsWith('erased-')) throw new InputError('userId', 'This pupil’s data has been erased; the account cannot be changed.');
	return target;
}

/** The admin corrects anyone's first name and surname (a pupil, parent or member of staff). */
export async function renameAccount(db: Database, actor: Actor, input: RenameAccountInput): Promise<void> {
	assertCan(actor, 'account.manage', ownSchool(actor));
	await db.transaction(async (tx) => {
		const target = await accountInSchool(tx, actor, input.userId);
		if (target.firstName === input.firstName && target.surname === input.surname) return;
		await tx.update(users).set({ firstName: input.firstName, surname: input.surname }).where(eq(users.id, target.id));
		await recordAudit(tx, {
			schoolId: actor.schoolId,
			actorId: actor.userId,
			action: 'account.renamed',
			targetType: 'user',
			targetId: target.id,
			details: { role: target.role, from: `${target.firstName} ${target.surname}`, to: `${input.firstName} ${input.surname}` }
		});
	});
}

export interface PupilMove {
	fromClassId: string | null;
	toClassId: string;
	groupsLeft: number;
}

/**
 * Moves a pupil to another class for the rest of this academic year (next year's, in the
 * summer after the rollover: see teachingYearOf). The pupil leaves the
 * old class's groups (a group is made from one class) and their open pages and sockets
 * follow at once: out of the old class's rooms, into the new class room.
 */
export async function movePupil(db: Database, actor: Actor, pupilId: string, classId: string, now = new Date()): Promise<PupilMove> {
	assertCan(actor, 'school.manage', ownSchool(actor));
	const move = await db.transaction(async (tx) => {
		const pupil = await accountInSchool(tx, actor, pupilId);
		if (pupil.role !== 'pupil') throw new InputError('pupilId', 'Choose a pupil.');
		const [target] = isUuid(classId) ? await tx.select().from(classes).where(eq(classes.id, classId)) : [];
		if (!target || target.schoolId !== actor.schoolId) throw new InputError('classId', 'Choose a class from your school.');
		if (target.archivedAt) throw new InputError('classId', 'That class is from an earlier year. Choose one of this year’s classes.');
		const yearId = await teachingYearOf(tx, actor.schoolId, target.id, now);
		const [current] = await tx
			.select()
			.from(classMemberships)
			.where(and(eq(classMemberships.pupilId, pupil.id), eq(classMemberships.academicYearId, yearId)));
		if (current?.classId === target.id) throw new InputError('classId', `${pupil.firstName} is already in ${target.name}.`);
		await tx
			.insert(classMemberships)
			.values({ schoolId: actor.schoolId, classId: target.id, pupilId: pupil.id, academicYearId: yearId })
			.onConflictDoUpdate({ target: [classMemberships.pupilId, classMemberships.academicYearId], set: { classId: target.id } });
		const oldRooms = current ? await tx.select({ id: rooms.id, kind: rooms.kind }).from(rooms).where(eq(rooms.classId, current.classId)) : [];
		const oldGroups = oldRooms.filter((r) => r.kind === 'group').map((r) => r.id);
		const left = oldGroups.length
			? await tx
					.delete(roomMembers)
					.where(and(eq(roomMembers.userId, pupil.id), inArray(roomMembers.roomId, oldGroups)))
					.returning({ id: roomMembers.id })
			: [];
		const newRoom = await ensureClassRoom(tx, actor.schoolId, target.id);
		await recordAudit(tx, {
			schoolId: actor.schoolId,
			actorId: actor.userId,
			action: 'school.pupil_moved',
			targetType: 'user',
			targetId: pupil.id,
			details: { fromClassId: current?.classId ?? null, toClassId: target.id, groupsLeft: left.length }
		});
		return {
			result: { fromClassId: current?.classId ?? null, toClassId: target.id, groupsLeft: left.length },
			leave: [...(current ? [socketRooms.class(current.classId)] : []), ...oldRooms.map((r) => socketRooms.chatRoom(r.id))],
			join: newRoom.archivedAt ? [socketRooms.class(target.id)] : [socketRooms.class(target.id), socketRooms.chatRoom(newRoom.id)]
		};
	});
	moveLiveSockets(pupilId, move.leave, move.join);
	announceAccessChanged([pupilId]);
	return move.result;
}

/** Ends a parent's link to one child: from the next request on, they see nothing of that child. */
export async function unlinkParent(db: Database, actor: Actor, parentId: string, pupilId: string): Promise<void> {
	assertCan(actor, 'school.manage', ownSchool(actor));
	await db.transaction(async (tx) => {
		const parent = await accountInSchool(tx, actor, parentId);
		if (parent.role !== 'parent') throw new InputError('parentId', 'Choose a parent.');
		if (!isUuid(pupilId)) throw new InputError('pupilId', 'Choose a child of this parent.');
		const removed = await tx
			.delete(parentLinks)
			.where(and(eq(parentLinks.parentId, parent.id), eq(parentLinks.pupilId, pupilId), eq(parentLinks.schoolId, actor.schoolId)))
			.returning({ id: parentLinks.id });
		if (!removed.length) throw new InputError('pupilId', 'That parent is not linked to that child.');
		await recordAudit(tx, {
			schoolId: actor.schoolId,
			actorId: actor.userId,
			action: 'school.parent_unlinked',
			targetType: 'user',
			targetId: parent.id,
			details: { pupilId }
		});
	});
	// A parent's open pages read their children again (the link is checked on every request).
	publish(socketRooms.user(parentId), 'access:changed');
}

// 15 random bytes as base32 in three groups: 75 bits, far beyond guessing, and easy to read
// out over the phone. It works once: the person must choose their own at sign-in.
function temporaryPassword(): string {
	const alphabet = 'abcdefghijkmnpqrstuvwxyz23456789';
	const bytes = randomBytes(15);
	const chars = [...bytes].map((b) => alphabet[b % 32]).join('');
	return `${chars.slice(0, 5)}-${chars.slice(5, 10)}-${chars.slice(10, 15)}`;
}

/**
 * The admin resets a member of staff's or a parent's password: a temporary one, shown once
 * to the admin to hand over, that must be changed at the next sign-in. Every session of the
 * account ends at once. Pupils' passwords are reset by their teacher (printed cards).
 */
export async function resetAccountPassword(
	db: Database,
	actor: Actor,
	userId: string,
	now = new Date()
): Promise<{ temporaryPassword: string; username: string }> {
	assertCan(actor, 'account.manage', ownSchool(actor));
	if (userId === actor.userId) throw new InputError('userId', 'Change your own password under My account.');
	const password = temporaryPassword();
	const passwordHash = await hashPassword(password);
	const { ended, username } = await db.transaction(async (tx) => {
		const target = await accountInSchool(tx, actor, userId);
		if (target.role === 'pupil') throw new InputError('userId', 'A pupil’s password is reset by printing a new sign-in card.');
		if (!isStaff(target.role) && target.role !== 'parent')
			throw new InputError('userId', 'A governor resets their own password with the emailed link on the sign-in page.');
		await tx.update(users).set({ passwordHash, passwordChangedAt: now, passwordChangeRequired: true }).where(eq(users.id, target.id));
		const ended = await invalidateUserSessions(tx, target.id);
		await recordAudit(tx, {
			schoolId: actor.schoolId,
			actorId: actor.userId,
			action: 'account.password_reset_by_admin',
			targetType: 'user',
			targetId: target.id,
			details: { role: target.role, sessionsEnded: ended.length }
		});
		return { ended, username: target.username };
	});
	disconnectSessions(ended, 'password-changed');
	return { temporaryPassword: password, username };
}

/** Whether the signed-in person must choose a new password before anything else. */
export async function mustChangePassword(db: Executor, userId: string): Promise<boolean> {
	const [row] = await db
		.select({ required: users.passwordChangeRequired })
		.from(users)
		.where(and(eq(users.id, userId), isNull(users.disabledAt)));
	return row?.required === true;
}
