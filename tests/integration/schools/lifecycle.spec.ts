// A person's life in the school, done by its admin: a new name, a move to another class
// mid-year (groups left, live sockets moved, pages told), a parent unlinked (access ends at
// once), a staff or parent password reset (sessions end, a change is forced). Each is
// audited, refuses bad input without changing anything, and is refused to a teacher, the
// DSL, a parent and another school's admin.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { openTestDatabase, type TestDatabase } from '../support/database';
import { createTestSchool, TEST_PASSWORD, type TestSchool } from '../support/factories';
import { connectAs, nextEvent, startRealtimeServer, type TestSocket } from '../realtime/support';
import type { RealtimeServer } from '../../../src/lib/server/realtime/server';
import { movePupil, mustChangePassword, renameAccount, resetAccountPassword, unlinkParent } from '../../../src/lib/server/schools/lifecycle';
import { createGroupRoom, ensureClassRoom } from '../../../src/lib/server/messaging/rooms';
import { getPupilOverview } from '../../../src/lib/server/schools/roster';
import { loadActor } from '../../../src/lib/server/auth/actor';
import { signIn } from '../../../src/lib/server/auth/login';
import { changeOwnPassword } from '../../../src/lib/server/auth/password-changes';
import { AuthorizationError } from '../../../src/lib/server/auth/authorize';
import { InputError, NotFoundError } from '../../../src/lib/server/errors';
import { auditLog, classMemberships, classes, parentLinks, roomMembers, sessions, users } from '../../../src/lib/server/db/schema';
import { rooms as socketRooms } from '../../../src/lib/realtime/events';
import type { Actor } from '../../../src/lib/domain/auth/permissions';

let t: TestDatabase;
let a: TestSchool;
let b: TestSchool;
let io: RealtimeServer;
let base: string;
const sockets: TestSocket[] = [];

beforeAll(async () => {
	t = await openTestDatabase();
	a = await createTestSchool(t.db, 3);
	b = await createTestSchool(t.db, 2);
	({ io, base } = await startRealtimeServer({ adapter: null }));
}, 120_000);
afterAll(async () => {
	sockets.forEach((s) => s.close());
	await io.close();
	await t.close();
});

const audits = async (action: string) =>
	t.db
		.select()
		.from(auditLog)
		.where(and(eq(auditLog.schoolId, a.id), eq(auditLog.action, action)));
const fresh = async (user: { id: string; username: string; role: Actor['role'] }, schoolId = a.id) =>
	loadActor(t.db, { id: user.id, schoolId, role: user.role, username: user.username, firstName: '', surname: '' });
/** Everyone who must be refused: a teacher, the DSL, a parent, a pupil and another school's admin. */
const outsiders = (): Actor[] => [a.classes[0].teacher.actor, a.dsl.actor, a.classes[0].parent.actor, a.classes[0].pupils[0]!.actor, b.admin.actor];
const refused = (e: unknown) => e instanceof AuthorizationError || e instanceof NotFoundError;

describe('renaming a person', () => {
	it('changes a pupil’s, a parent’s and a teacher’s name, audited', async () => {
		for (const user of [a.classes[0].pupils[1]!, a.classes[0].parents[1]!, a.classes[1].teacher]) {
			await renameAccount(t.db, a.admin.actor, { userId: user.id, firstName: 'Renée', surname: "O'Neill-Smith" });
			const [row] = await t.db.select().from(users).where(eq(users.id, user.id));
			expect(row).toMatchObject({ firstName: 'Renée', surname: "O'Neill-Smith" });
		}
		expect(await audits('account.renamed')).toHaveLength(3);
	});

	it('is refused to everyone but the school’s own admin, and another school’s people are not found', async () => {
		const target = a.classes[0].pupils[2]!;
		for (const actor of outsiders()) {
			const attempt = renameAccount(t.db, actor, { userId: target.id, firstName: 'Hacked', surname: 'Name' });
			await expect(
				attempt.then(
					() => 'done',
					(e) => refused(e)
				)
			).resolves.toBe(true);
		}
		await expect(renameAccount(t.db, a.admin.actor, { userId: b.classes[0].pupils[0]!.id, firstName: 'Cross', surname: 'School' })).rejects.toBeInstanceOf(
			NotFoundError
		);
		const [row] = await t.db.select().from(users).where(eq(users.id, target.id));
		expect(row!.firstName).not.toBe('Hacked');
	});
});

describe('moving a pupil to another class mid-year', () => {
	it('moves the membership, leaves the old groups, moves the live socket and tells the page', async () => {
		const pupil = a.classes[0].pupils[0]!;
		const [oldRoom, newRoom] = [await ensureClassRoom(t.db, a.id, a.classes[0].id), await ensureClassRoom(t.db, a.id, a.classes[1].id)];
		const groupId = await createGroupRoom(t.db, a.classes[0].teacher.actor, {
			classId: a.classes[0].id,
			name: 'Reading group',
			pupilIds: [pupil.id, a.classes[0].pupils[1]!.id]
		});
		const socket = await connectAs(t.db, base, a.id, pupil);
		sockets.push(socket);
		const inRoom = async (room: string) => (await io.in(room).fetchSockets()).map((s) => s.id);
		expect(await inRoom(socketRooms.chatRoom(oldRoom.id))).toContain(socket.id);
		expect(await inRoom(socketRooms.chatRoom(groupId))).toContain(socket.id);

		const told = nextEvent(socket, 'access:changed');
		const move = await movePupil(t.db, a.admin.actor, pupil.id, a.classes[1].id);
		expect(move).toEqual({ fromClassId: a.classes[0].id, toClassId: a.classes[1].id, groupsLeft: 1 });
		await told;
		expect(await inRoom(socketRooms.chatRoom(oldRoom.id))).not.toContain(socket.id);
		expect(await inRoom(socketRooms.chatRoom(groupId))).not.toContain(socket.id);
		expect(await inRoom(socketRooms.class(a.classes[0].id))).not.toContain(socket.id);
		expect(await inRoom(socketRooms.chatRoom(newRoom.id))).toContain(socket.id);
		expect(await inRoom(socketRooms.class(a.classes[1].id))).toContain(socket.id);

		expect((await fresh(pupil)).classId).toBe(a.classes[1].id);
		expect(
			await t.db
				.select()
				.from(roomMembers)
				.where(and(eq(roomMembers.roomId, groupId), eq(roomMembers.userId, pupil.id)))
		).toHaveLength(0);
		// The old teacher no longer reaches the pupil; the new one does.
		await expect(getPupilOverview(t.db, await fresh(a.classes[0].teacher), pupil.id)).rejects.toBeInstanceOf(AuthorizationError);
		await expect(getPupilOverview(t.db, await fresh(a.classes[1].teacher), pupil.id)).resolves.toBeTruthy();
		expect(await audits('school.pupil_moved')).toHaveLength(1);
	});

	it('refuses a class of another school, an archived class, the same class and a non-pupil, changing nothing', async () => {
		const pupil = a.classes[0].pupils[2]!;
		const [archived] = await t.db
			.insert(classes)
			.values({ schoolId: a.id, name: 'Old class', yearGroup: 4, mailboxLocalPart: '4old', archivedAt: new Date() })
			.returning();
		for (const [pupilId, classId] of [
			[pupil.id, b.classes[0].id],
			[pupil.id, archived!.id],
			[pupil.id, a.classes[0].id],
			[a.classes[0].teacher.id, a.classes[1].id],
			[pupil.id, 'not-a-class']
		] as const)
			await expect(movePupil(t.db, a.admin.actor, pupilId, classId)).rejects.toBeInstanceOf(InputError);
		const [membership] = await t.db.select().from(classMemberships).where(eq(classMemberships.pupilId, pupil.id));
		expect(membership!.classId).toBe(a.classes[0].id);
	});

	it('is refused to the class’s own teacher, the DSL, a parent and another school’s admin', async () => {
		const pupil = a.classes[0].pupils[2]!;
		for (const actor of outsiders()) {
			const attempt = movePupil(t.db, actor, pupil.id, a.classes[1].id);
			await expect(
				attempt.then(
					() => 'done',
					(e) => refused(e) || e instanceof InputError
				)
			).resolves.toBe(true);
		}
		expect((await fresh(pupil)).classId).toBe(a.classes[0].id);
	});
});

describe('unlinking a parent from a child', () => {
	it('ends the parent’s access to that child at once, audited', async () => {
		const parent = a.classes[1].parents[1]!;
		const child = a.classes[1].pupils[1]!;
		await expect(getPupilOverview(t.db, await fresh(parent), child.id)).resolves.toBeTruthy();
		await unlinkParent(t.db, a.admin.actor, parent.id, child.id);
		await expect(getPupilOverview(t.db, await fresh(parent), child.id)).rejects.toBeInstanceOf(AuthorizationError);
		expect(await audits('school.parent_unlinked')).toHaveLength(1);
		await expect(unlinkParent(t.db, a.admin.actor, parent.id, child.id)).rejects.toThrow(/not linked/);
	});

	it('is refused to outsiders and across schools, and leaves the link', async () => {
		const parent = a.classes[1].parents[2]!;
		const child = a.classes[1].pupils[2]!;
		for (const actor of outsiders()) {
			const attempt = unlinkParent(t.db, actor, parent.id, child.id);
			await expect(
				attempt.then(
					() => 'done',
					(e) => refused(e)
				)
			).resolves.toBe(true);
		}
		// Another school's parent cannot be named, nor a child of another school unlinked.
		await expect(unlinkParent(t.db, a.admin.actor, b.classes[0].parent.id, b.classes[0].pupils[0]!.id)).rejects.toBeInstanceOf(NotFoundError);
		await expect(unlinkParent(t.db, a.admin.actor, parent.id, b.classes[0].pupils[0]!.id)).rejects.toBeInstanceOf(InputError);
		expect(
			await t.db
				.select()
				.from(parentLinks)
				.where(and(eq(parentLinks.parentId, parent.id), eq(parentLinks.pupilId, child.id)))
		).toHaveLength(1);
	});
});

describe('an admin resetting a password', () => {
	it('gives a teacher a temporary password, ends their sessions, and forces a change at sign-in', async () => {
		const teacher = a.classes[1].teacher;
		expect(await signIn(t.db, { username: teacher.username, password: TEST_PASSWORD, ipAddress: '10.8.0.1' })).toMatchObject({ ok: true });
		const { temporaryPassword } = await resetAccountPassword(t.db, a.admin.actor, teacher.id);
		expect(temporaryPassword).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}-[a-z2-9]{5}$/);
		expect(await t.db.select().from(sessions).where(eq(sessions.userId, teacher.id))).toHaveLength(0);
		expect(await signIn(t.db, { username: teacher.username, password: TEST_PASSWORD, ipAddress: '10.8.0.1' })).toMatchObject({ ok: false });
		const signedIn = await signIn(t.db, { username: teacher.username, password: temporaryPassword, ipAddress: '10.8.0.1' });
		expect(signedIn.ok).toBe(true);
		expect(await mustChangePassword(t.db, teacher.id)).toBe(true);
		if (!signedIn.ok) return;
		await changeOwnPassword(t.db, teacher.actor, signedIn.session.id, temporaryPassword, 'lantern orchard velvet compass');
		expect(await mustChangePassword(t.db, teacher.id)).toBe(false);
		expect(await audits('account.password_reset_by_admin')).toHaveLength(1);
	});

	it('resets a parent’s too, but not a pupil’s (cards do that) or the admin’s own', async () => {
		const parent = a.classes[0].parents[2]!;
		await expect(resetAccountPassword(t.db, a.admin.actor, parent.id)).resolves.toMatchObject({ username: parent.username });
		expect(await mustChangePassword(t.db, parent.id)).toBe(true);
		await expect(resetAccountPassword(t.db, a.admin.actor, a.classes[0].pupils[1]!.id)).rejects.toThrow(/sign-in card/);
		await expect(resetAccountPassword(t.db, a.admin.actor, a.admin.id)).rejects.toBeInstanceOf(InputError);
	});

	it('is refused to a teacher, the DSL, a parent and another school’s admin, changing nothing', async () => {
		const target = a.dsl;
		const [before] = await t.db.select().from(users).where(eq(users.id, target.id));
		for (const actor of [a.classes[0].teacher.actor, a.classes[0].parent.actor, b.admin.actor]) {
			const attempt = resetAccountPassword(t.db, actor, target.id);
			await expect(
				attempt.then(
					() => 'done',
					(e) => refused(e)
				)
			).resolves.toBe(true);
		}
		await expect(resetAccountPassword(t.db, a.dsl.actor, a.classes[0].teacher.id)).rejects.toBeInstanceOf(AuthorizationError);
		const [after] = await t.db.select().from(users).where(eq(users.id, target.id));
		expect(after!.passwordHash).toBe(before!.passwordHash);
		expect(after!.passwordChangeRequired).toBe(false);
	});
});
