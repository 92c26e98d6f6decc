// Staff and parents' live sockets have their permissions read in the same rounds as pupils'
// (src/lib/server/realtime/actor-rounds.ts): what they lose without an announcement (a teacher
// taken off a class, a parent unlinked from a child, a staff agreement no longer in force) must
// reach their sockets within a round, and a socket must leave the rooms it may no longer hear.
// Rounds and session checks run every ROUND_MS here instead of 30 s and 15 s.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { openTestDatabase, type TestDatabase } from '../support/database';
import { addSignedTeachers, createTestSchool, type TestSchool, type TestUser } from '../support/factories';
import type { RealtimeServer } from '../../../src/lib/server/realtime/server';
import { ensureClassRoom } from '../../../src/lib/server/messaging/rooms';
import { agreementSignatures, classTeachers, parentLinks, users } from '../../../src/lib/server/db/schema';
import { loadActor } from '../../../src/lib/server/auth/actor';
import { loadActorsOfSchool } from '../../../src/lib/server/auth/actors-of-school';
import { ensureAcademicYear } from '../../../src/lib/server/schools/academic-years';
import { rooms } from '../../../src/lib/realtime/events';
import type { ChatMessageView } from '../../../src/lib/realtime/events';
import { connectAs, nextEvent, startRealtimeServer, watchDisconnect, type TestSocket } from './support';

const ROUND_MS = 250;
// Long enough for a round to start after the change and finish, on a busy machine.
const WITHIN_A_ROUND_MS = 2 * ROUND_MS + 1500;

let t: TestDatabase;
let s: TestSchool;
let other: TestSchool;
let io: RealtimeServer;
let base: string;
const sockets: TestSocket[] = [];
beforeAll(async () => {
	t = await openTestDatabase();
	s = await createTestSchool(t.db, 2);
	other = await createTestSchool(t.db, 1);
	({ io, base } = await startRealtimeServer({ actorRoundMs: ROUND_MS, sessionRoundMs: ROUND_MS }));
}, 180_000);
afterAll(async () => {
	sockets.forEach((x) => x.close());
	await io.close();
	await t.close();
});

const join = async (user: TestUser, school = s) => {
	const socket = await connectAs(t.db, base, school.id, user);
	sockets.push(socket);
	return socket;
};
const roomsOf = async (socket: TestSocket): Promise<string[]> => {
	const answer = await socket.emitWithAck('session:whoami');
	return answer.ok ? answer.data.rooms : [];
};
/** Waits until the socket's rooms pass `check`; fails after WITHIN_A_ROUND_MS. */
const roomsBecome = async (socket: TestSocket, check: (joined: string[]) => boolean): Promise<string[]> => {
	const deadline = Date.now() + WITHIN_A_ROUND_MS;
	for (;;) {
		const joined = await roomsOf(socket);
		if (check(joined)) return joined;
		if (Date.now() > deadline) throw new Error(`rooms still ${joined.join(', ')}`);
		await new Promise((r) => setTimeout(r, 50));
	}
};
/** Every chat message the socket hears from now on. */
const heard = (socket: TestSocket): ChatMessageView[] => {
	const messages: ChatMessageView[] = [];
	socket.on('chat:message', (m) => messages.push(m));
	return messages;
};
/** A teacher's message goes straight to the room; resolves once a listener in the room has it. */
const sayInRoom = async (speaker: TestSocket, listener: TestSocket, roomId: string, body: string) => {
	const arrived = nextEvent(listener, 'chat:message', (m) => m.body === body);
	const sent = await speaker.emitWithAck('chat:send', { roomId, body, clientKey: `staff-round-${Math.random().toString(36).slice(2, 10)}` });
	expect(sent.ok).toBe(true);
	await arrived;
	// Every socket in the room was sent it at once; give theirs a moment to land too.
	await new Promise((r) => setTimeout(r, 200));
};
const serverActorOf = async (userId: string) => (await io.fetchSockets()).find((x) => x.data.user.id === userId)?.data.actor;
const classRooms = (classId: string, roomId: string) => [rooms.class(classId), rooms.classModerators(classId), rooms.chatRoom(roomId)];

describe('staff and parents’ permissions read in rounds', () => {
	it('build the same actors as loading each user alone', async () => {
		const [governor] = await t.db
			.insert(users)
			.values({ schoolId: s.id, username: `governor.${s.id.slice(0, 8)}`, role: 'governor', firstName: 'Gov', surname: 'Ernor', passwordHash: 'x' })
			.returning();
		const everyone = [
			s.admin,
			s.dsl,
			...s.classes.flatMap((c) => [c.teacher, ...c.parents]),
			{ id: governor!.id, role: 'governor' as const, username: governor!.username }
		];
		const together = await loadActorsOfSchool(t.db, s.id, everyone);
		for (const user of everyone)
			expect(together.get(user.id)).toEqual(
				await loadActor(t.db, { id: user.id, schoolId: s.id, role: user.role, username: user.username, firstName: '', surname: '' })
			);
	});

	it('take a teacher taken off a class out of its rooms within a round, and leave a co-teacher in them', async () => {
		const cls = s.classes[0];
		const roomId = (await ensureClassRoom(t.db, s.id, cls.id)).id;
		const [removed] = await addSignedTeachers(t.db, s, 1, 0);
		const [teacher, leaving, pupil] = await Promise.all([join(cls.teacher), join(removed!), join(cls.pupils[0]!)]);
		expect(await roomsOf(leaving)).toEqual(expect.arrayContaining(classRooms(cls.id, roomId)));
		const leavingHeard = heard(leaving);
		await sayInRoom(teacher, pupil, roomId, 'Before the change of class');
		expect(leavingHeard.map((m) => m.body)).toEqual(['Before the change of class']);

		// Written straight to the database: nothing announces it, only the round can see it.
		await t.db.delete(classTeachers).where(and(eq(classTeachers.teacherId, removed!.id), eq(classTeachers.classId, cls.id)));
		const left = await roomsBecome(leaving, (joined) => !joined.some((r) => classRooms(cls.id, roomId).includes(r)));
		expect(left).toEqual(expect.arrayContaining([rooms.user(removed!.id), rooms.staffOfSchool(s.id)]));
		await sayInRoom(teacher, pupil, roomId, 'After the change of class');
		expect(leavingHeard.map((m) => m.body)).toEqual(['Before the change of class']);
		expect(await leaving.emitWithAck('chat:send', { roomId, body: 'Still here?', clientKey: 'staff-round-leaver-1' })).toMatchObject({ ok: false });
		expect(await roomsOf(teacher)).toEqual(expect.arrayContaining(classRooms(cls.id, roomId)));

		// Given the class again, the same socket joins its rooms within a round, with no reconnection.
		const yearId = await ensureAcademicYear(t.db, s.id);
		await t.db.insert(classTeachers).values({ schoolId: s.id, classId: cls.id, teacherId: removed!.id, academicYearId: yearId });
		await roomsBecome(leaving, (joined) => classRooms(cls.id, roomId).every((r) => joined.includes(r)));
	}, 60_000);

	it('never put a teacher in another school’s class rooms, even when a stray row names the class', async () => {
		const cls = s.classes[1];
		const roomId = (await ensureClassRoom(t.db, s.id, cls.id)).id;
		const [teacher, pupil] = await Promise.all([join(cls.teacher), join(cls.pupils[0]!)]);
		const outsider = await join(other.classes[0].teacher, other);
		const outsiderHeard = heard(outsider);
		// A row that should not exist: the other school's teacher down as teaching this class.
		await t.db
			.insert(classTeachers)
			.values({ schoolId: other.id, classId: cls.id, teacherId: other.classes[0].teacher.id, academicYearId: await ensureAcademicYear(t.db, other.id) });
		await new Promise((r) => setTimeout(r, 3 * ROUND_MS + 300));
		await sayInRoom(teacher, pupil, roomId, 'Only for our school');
		expect(outsiderHeard).toEqual([]);
		const mine = (joined: string[]) => joined.filter((r) => r.includes(cls.id) || r.includes(roomId) || r.includes(s.id));
		expect(mine(await roomsOf(outsider))).toEqual([]);
		// A fresh connection reads the same actor: no room of this school either.
		expect(mine(await roomsOf(await join(other.classes[0].teacher, other)))).toEqual([]);
		expect((await serverActorOf(other.classes[0].teacher.id))?.teachesClassIds).not.toContain(cls.id);
	}, 60_000);

	it('take a child off a parent’s live socket within a round of the link being removed, and not off another parent', async () => {
		const [unlinked, stillLinked] = s.classes[0].parents.slice(0, 2) as [TestUser, TestUser];
		const [child] = s.classes[0].pupils;
		await Promise.all([join(unlinked), join(stillLinked)]);
		expect((await serverActorOf(unlinked.id))?.childIds).toEqual([child!.id]);
		await t.db.delete(parentLinks).where(and(eq(parentLinks.parentId, unlinked.id), eq(parentLinks.pupilId, child!.id)));
		const deadline = Date.now() + WITHIN_A_ROUND_MS;
		while ((await serverActorOf(unlinked.id))?.childIds.length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
		expect((await serverActorOf(unlinked.id))?.childIds).toEqual([]);
		expect((await serverActorOf(stillLinked.id))?.childIds).toEqual([s.classes[0].pupils[1]!.id]);
	}, 60_000);

	it('drop a silent member of staff within a round of their staff agreement no longer counting', async () => {
		const [unsigned] = await addSignedTeachers(t.db, s, 1, 1);
		const socket = await join(unsigned!);
		const dropped = watchDisconnect(socket);
		const changedAt = Date.now();
		await t.db.delete(agreementSignatures).where(eq(agreementSignatures.subjectId, unsigned!.id));
		const d = await dropped;
		expect(d).toMatchObject({ how: 'io server disconnect', ended: 'gate-closed' });
		expect(d.at - changedAt).toBeLessThan(WITHIN_A_ROUND_MS);
	}, 60_000);

	it('cut a suspended or deleted staff account within a session round', async () => {
		const [suspended, deleted] = await addSignedTeachers(t.db, s, 2);
		const [a, b] = await Promise.all([join(suspended!), join(deleted!)]);
		const [droppedA, droppedB] = [watchDisconnect(a), watchDisconnect(b)];
		const changedAt = Date.now();
		await t.db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, suspended!.id));
		await t.db.delete(users).where(eq(users.id, deleted!.id));
		for (const d of await Promise.all([droppedA, droppedB])) {
			expect(d).toMatchObject({ how: 'io server disconnect', ended: 'unknown' });
			expect(d.at - changedAt).toBeLessThan(WITHIN_A_ROUND_MS);
		}
	}, 60_000);
});
