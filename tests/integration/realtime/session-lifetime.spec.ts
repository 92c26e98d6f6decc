// A socket never outlives its session. Whatever ends a session (signing out, a password
// change or reset, the account turned off, the idle or absolute limit), every socket of it
// is dropped within a second, on every process, and hears nothing more. On PostgreSQL the
// sockets sit on two other app processes and the session is ended from this one, so the
// drop travels through the Postgres adapter; on PGlite all is one process.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChildProcess } from 'node:child_process';
import { openTestDatabase, type TestDatabase } from '../support/database';
import { createTestSchool, TEST_PASSWORD, type TestSchool } from '../support/factories';
import type { RealtimeServer } from '../../../src/lib/server/realtime/server';
import { ensureClassRoom } from '../../../src/lib/server/messaging/rooms';
import { signOut } from '../../../src/lib/server/auth/sign-out';
import { changeOwnPassword, resetPupilPassword } from '../../../src/lib/server/auth/password-changes';
import { setAccountDisabled } from '../../../src/lib/server/auth/account-status';
import { invalidateSession, validateSessionId, validateSessionToken } from '../../../src/lib/server/auth/session';
import { SESSION_RECHECK_MS } from '../../../src/lib/server/realtime/session-watch';
import { sessions } from '../../../src/lib/server/db/schema';
import { eq, inArray } from 'drizzle-orm';
import { connectWithToken, nextEvent, openSession, startAppProcess, startRealtimeServer, watchDisconnect, type TestSocket } from './support';

const onPostgres = Boolean(process.env.TEST_DATABASE_URL);
let t: TestDatabase;
let s: TestSchool;
let other: TestSchool;
let io: RealtimeServer;
/** Where sockets connect: two other processes on PostgreSQL, this one on PGlite. */
let a: string;
let b: string;
const children: ChildProcess[] = [];
const sockets: TestSocket[] = [];

beforeAll(async () => {
	t = await openTestDatabase();
	[s, other] = await Promise.all([createTestSchool(t.db, 2), createTestSchool(t.db, 2)]);
	// This process ends sessions; with PostgreSQL it shares the drop with the others.
	const here = await startRealtimeServer({ adapter: onPostgres ? { kind: 'postgres', url: process.env.DATABASE_URL! } : null });
	io = here.io;
	if (onPostgres) {
		const started = await Promise.all([startAppProcess({ REALTIME_ADAPTER: 'postgres' }), startAppProcess({ REALTIME_ADAPTER: 'postgres' })]);
		children.push(...started.map((p) => p.child));
		[a, b] = started.map((p) => p.url) as [string, string];
	} else {
		a = b = here.base;
	}
}, 180_000);
afterAll(async () => {
	sockets.forEach((x) => x.close());
	children.forEach((c) => c.kill('SIGTERM'));
	await io.close();
	await t.close();
});

const connect = async (base: string, token: string): Promise<TestSocket> => {
	const socket = await connectWithToken(base, token);
	sockets.push(socket);
	return socket;
};

/** Collects every `queue:added` the socket hears from now on. */
function collectQueue(socket: TestSocket): string[] {
	const heard: string[] = [];
	socket.on('queue:added', (item) => heard.push(item.body));
	return heard;
}

/** A pupil of the class sends a message; resolves once a still-signed-in teacher socket hears it. */
async function pupilWrites(school: TestSchool, classIndex: 0 | 1, body: string, listener: TestSocket): Promise<void> {
	const cls = school.classes[classIndex];
	const roomId = (await ensureClassRoom(t.db, school.id, cls.id)).id;
	const pupil = await connect(b, (await openSession(t.db, school.id, cls.pupils[0]!)).token);
	const heard = nextEvent(listener, 'queue:added', (i) => i.body === body, 10_000);
	const sent = await pupil.emitWithAck('chat:send', { roomId, body, clientKey: `life-${Math.random().toString(36).slice(2, 12)}` });
	expect(sent.ok).toBe(true);
	await heard;
}

describe('a socket never outlives its session', () => {
	it('drops every socket of a signed-out session within a second, on every process, and it hears nothing more', async () => {
		const teacher = s.classes[0].teacher;
		const ending = await openSession(t.db, s.id, teacher);
		const onA = await connect(a, ending.token);
		const onB = await connect(b, ending.token);
		// The same teacher signed in elsewhere: still there, so it proves the message went out.
		const stillIn = await connect(a, (await openSession(t.db, s.id, teacher)).token);
		const heardA = collectQueue(onA);
		const heardB = collectQueue(onB);
		const dropped = Promise.all([watchDisconnect(onA), watchDisconnect(onB)]);

		await signOut(t.db, ending.record, { id: teacher.id, schoolId: s.id });
		const endedAt = Date.now();
		for (const d of await dropped) {
			expect(d.how).toBe('io server disconnect');
			expect(d.ended).toBe('signed-out');
			expect(d.at - endedAt).toBeLessThan(1000);
		}
		await pupilWrites(s, 0, 'Sent after my teacher signed out', stillIn);
		expect(heardA).toEqual([]);
		expect(heardB).toEqual([]);
		expect(stillIn.connected).toBe(true);
	}, 30_000);

	it('drops the other sessions’ sockets when a member of staff changes their password, and keeps this one', async () => {
		const teacher = s.classes[1].teacher;
		const current = await openSession(t.db, s.id, teacher);
		const elsewhere = await openSession(t.db, s.id, teacher);
		const kept = await connect(a, current.token);
		const silent = await connect(b, elsewhere.token);
		const heard = collectQueue(silent);
		const dropped = watchDisconnect(silent);

		// The session ends when the change commits, after the slow password hashing.
		await changeOwnPassword(t.db, teacher.actor, current.record.id, TEST_PASSWORD, 'granite puffin orchard lantern');
		const endedAt = Date.now();
		const d = await dropped;
		expect(d).toMatchObject({ how: 'io server disconnect', ended: 'password-changed' });
		expect(d.at - endedAt).toBeLessThan(1000);
		await pupilWrites(s, 1, 'Sent after the password changed', kept);
		expect(heard).toEqual([]);
		expect(kept.connected).toBe(true);
	}, 30_000);

	it("drops a pupil's sockets when their teacher resets the password", async () => {
		const cls = s.classes[0];
		const pupil = cls.pupils[1]!;
		const socket = await connect(a, (await openSession(t.db, s.id, pupil)).token);
		const dropped = watchDisconnect(socket);
		await resetPupilPassword(t.db, cls.teacher.actor, pupil.id, 'tiger88');
		const endedAt = Date.now();
		const d = await dropped;
		expect(d).toMatchObject({ how: 'io server disconnect', ended: 'password-changed' });
		expect(d.at - endedAt).toBeLessThan(1000);
	}, 30_000);

	it('drops every socket of an account the head turns off, whatever session it belonged to', async () => {
		const teacher = other.classes[0].teacher;
		const first = await connect(a, (await openSession(t.db, other.id, teacher)).token);
		const second = await connect(b, (await openSession(t.db, other.id, teacher)).token);
		const heard = [...collectQueue(first), ...collectQueue(second)];
		const dropped = Promise.all([watchDisconnect(first), watchDisconnect(second)]);
		await setAccountDisabled(t.db, other.admin.actor, teacher.id, true);
		const endedAt = Date.now();
		for (const d of await dropped) {
			expect(d).toMatchObject({ how: 'io server disconnect', ended: 'disabled' });
			expect(d.at - endedAt).toBeLessThan(1000);
		}
		// Nobody else works this class's queue, so the message is written and simply waits.
		const cls = other.classes[0];
		const roomId = (await ensureClassRoom(t.db, other.id, cls.id)).id;
		const pupil = await connect(b, (await openSession(t.db, other.id, cls.pupils[0]!)).token);
		expect((await pupil.emitWithAck('chat:send', { roomId, body: 'Sent after my teacher left', clientKey: 'life-disabled-01' })).ok).toBe(true);
		await new Promise((resolve) => setTimeout(resolve, 300));
		expect(heard).toEqual([]);
		// And the account cannot come back in through an old socket's cookie.
		await expect(connectWithToken(a, (await openSession(t.db, other.id, teacher)).token)).rejects.toThrow(/unauthorised/);
	}, 30_000);

	it('drops a silent socket at its idle limit, without waiting for any event', async () => {
		const teacher = s.classes[0].teacher;
		const idle = await openSession(t.db, s.id, teacher, { idleMs: 1500, absoluteMs: 3_600_000 });
		const socket = await connect(a, idle.token);
		const heard = collectQueue(socket);
		const d = await watchDisconnect(socket);
		expect(d).toMatchObject({ how: 'io server disconnect', ended: 'idle-locked' });
		const afterOpening = d.at - idle.record.createdAt.getTime();
		expect(afterOpening).toBeGreaterThanOrEqual(1500);
		expect(afterOpening).toBeLessThan(1500 + 1000);
		expect(heard).toEqual([]);
		expect((await validateSessionId(t.db, idle.record.id)).state).toBe('unknown');
	}, 30_000);

	it('keeps a socket while pages slide its session past the idle limit, and drops it at the absolute limit', async () => {
		const cls = s.classes[1];
		const busy = await openSession(t.db, s.id, cls.pupils[0]!, { idleMs: 1000, absoluteMs: 2500 });
		const opened = busy.record.createdAt.getTime();
		const socket = await connect(b, busy.token);
		const dropped = watchDisconnect(socket);
		// Someone using the pages slides the session (as each page request does), until just
		// before the absolute limit.
		const usePages = setInterval(() => {
			if (Date.now() < opened + 2200) void validateSessionToken(t.db, busy.token);
		}, 150);
		await new Promise((resolve) => setTimeout(resolve, opened + 1600 - Date.now()));
		// Past the idle limit from the start, but slid: still connected.
		expect(socket.connected).toBe(true);
		const d = await dropped;
		clearInterval(usePages);
		expect(d).toMatchObject({ how: 'io server disconnect', ended: 'expired' });
		expect(d.at - opened).toBeGreaterThanOrEqual(2500);
		expect(d.at - opened).toBeLessThan(2500 + 1000);
	}, 30_000);

	it('answers no catch-up to a session ended behind its back, even inside the re-check window', async () => {
		const cls = s.classes[1];
		const pupil = cls.pupils[1]!;
		const session = await openSession(t.db, s.id, pupil);
		const socket = await connect(a, session.token);
		const roomId = (await ensureClassRoom(t.db, s.id, cls.id)).id;
		expect((await socket.emitWithAck('chat:catch-up', { roomId, afterSeq: 0 })).ok).toBe(true);
		const dropped = watchDisconnect(socket);
		// Ended straight in the database (as a script would), with nobody told.
		await invalidateSession(t.db, session.record.id);
		await expect(socket.timeout(1500).emitWithAck('chat:catch-up', { roomId, afterSeq: 0 })).rejects.toThrow();
		expect(await dropped).toMatchObject({ how: 'io server disconnect', ended: 'unknown' });
	}, 30_000);

	it('drops a silent socket whose session was ended behind the app’s back, within one round of the process’s check', async () => {
		const cls = s.classes[0];
		const session = await openSession(t.db, s.id, cls.pupils[1]!);
		const socket = await connect(b, session.token);
		const heard = collectQueue(socket);
		const dropped = watchDisconnect(socket);
		// Straight in the database, nobody told: only the process's round can notice.
		const endedAt = Date.now();
		await invalidateSession(t.db, session.record.id);
		const d = await dropped;
		expect(d).toMatchObject({ how: 'io server disconnect', ended: 'unknown' });
		expect(d.at - endedAt).toBeLessThan(SESSION_RECHECK_MS + 2000);
		expect(heard).toEqual([]);
	}, 40_000);

	it('slides the session of a socket in use at the next round, and not that of a silent one', async () => {
		const cls = s.classes[1];
		const [busy, quiet] = await Promise.all([openSession(t.db, s.id, cls.teacher), openSession(t.db, s.id, cls.teacher)]);
		const [busySocket, quietSocket] = await Promise.all([connect(a, busy.token), connect(a, quiet.token)]);
		// Both last seen a minute ago.
		const aMinuteAgo = new Date(Date.now() - 60_000);
		await t.db
			.update(sessions)
			.set({ lastSeenAt: aMinuteAgo })
			.where(inArray(sessions.id, [busy.record.id, quiet.record.id]));
		expect((await busySocket.emitWithAck('session:whoami')).ok).toBe(true);
		const seen = async (id: string) => (await t.db.select({ at: sessions.lastSeenAt }).from(sessions).where(eq(sessions.id, id)))[0]!.at.getTime();
		const deadline = Date.now() + SESSION_RECHECK_MS + 3000;
		while ((await seen(busy.record.id)) === aMinuteAgo.getTime() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
		expect(await seen(busy.record.id)).toBeGreaterThan(aMinuteAgo.getTime());
		expect(await seen(quiet.record.id)).toBe(aMinuteAgo.getTime());
		expect(quietSocket.connected).toBe(true);
	}, 40_000);
});
