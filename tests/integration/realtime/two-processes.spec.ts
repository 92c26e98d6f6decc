// Two app processes on one PostgreSQL: a message approved through one reaches a pupil
// connected to the other, through the socket.io Postgres adapter. Needs PostgreSQL, so it
// runs in the PostgreSQL pass (TEST_DATABASE_URL); PGlite is one process by nature.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { openTestDatabase, type TestDatabase } from '../support/database';
import { addSignedTeachers, createTestSchool, type TestSchool } from '../support/factories';
import { ensureClassRoom } from '../../../src/lib/server/messaging/rooms';
import { listQueue } from '../../../src/lib/server/moderation/queue';
import { connectAs, nextEvent, type TestSocket } from './support';
import { and, eq } from 'drizzle-orm';
import { classTeachers, messagingPauses } from '../../../src/lib/server/db/schema';
import { rooms } from '../../../src/lib/realtime/events';

const onPostgres = Boolean(process.env.TEST_DATABASE_URL);
let t: TestDatabase;
let s: TestSchool;
const children: ChildProcess[] = [];
const sockets: TestSocket[] = [];

function startProcess(env: Record<string, string> = {}): Promise<string> {
	return startChild(env).then((c) => c.url);
}

function startChild(env: Record<string, string> = {}): Promise<{ url: string; child: ChildProcess }> {
	const child = spawn(process.execPath, ['--import', 'tsx', 'tests/integration/support/realtime-process.ts'], {
		env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL, ...env },
		stdio: ['ignore', 'pipe', 'inherit']
	});
	children.push(child);
	return new Promise((resolve, reject) => {
		child.stdout!.on('data', (chunk: Buffer) => {
			const match = /PORT=(\d+)/.exec(chunk.toString());
			if (match) resolve({ url: `http://127.0.0.1:${match[1]}`, child });
		});
		child.once('exit', (code, signal) => reject(new Error(`process exited with ${code ?? signal}`)));
	});
}

beforeAll(async () => {
	if (!onPostgres) return;
	t = await openTestDatabase();
	s = await createTestSchool(t.db, 2);
}, 60_000);
afterAll(async () => {
	sockets.forEach((x) => x.close());
	children.forEach((c) => c.kill('SIGTERM'));
	if (onPostgres) await t.close();
});

const redisUrl = process.env.TEST_REDIS_URL;
const adapters: [string, Record<string, string>, boolean][] = [
	['PostgreSQL LISTEN/NOTIFY', { REALTIME_ADAPTER: 'postgres' }, true],
	['Redis pub/sub', { REALTIME_ADAPTER: 'redis', REDIS_URL: redisUrl ?? '' }, Boolean(redisUrl)]
];

describe.skipIf(!onPostgres)('two app processes', () => {
	for (const [name, env, available] of adapters) {
		it.skipIf(!available)(
			`deliver a message approved on one to a pupil connected to the other (${name})`,
			async () => {
				const [a, b] = await Promise.all([startProcess(env), startProcess(env)]);
				const cls = s.classes[0];
				const roomId = (await ensureClassRoom(t.db, s.id, cls.id)).id;
				const teacher = await connectAs(t.db, a, s.id, cls.teacher);
				const writer = await connectAs(t.db, a, s.id, cls.pupils[0]!);
				const reader = await connectAs(t.db, b, s.id, cls.pupils[1]!);
				sockets.push(teacher, writer, reader);
				const body = `Hello from process A over ${name}`;
				const queued = nextEvent(teacher, 'queue:added', (i) => i.body === body);
				await writer.emitWithAck('chat:send', { roomId, body, clientKey: `two-proc-${env.REALTIME_ADAPTER}` });
				const item = await queued;
				const delivered = nextEvent(reader, 'chat:message', (m) => m.body === body, 10_000);
				const decided = await teacher.emitWithAck('moderation:decide', { itemId: item.id, action: 'approve', expectedVersion: item.version });
				expect(decided.ok).toBe(true);
				expect((await delivered).authorName).toBe('PupilA1');
			},
			60_000
		);
	}

	it('lose nothing when the process that accepted a message is killed before approval', async () => {
		const first = await startChild();
		const cls = s.classes[1];
		const roomId = (await ensureClassRoom(t.db, s.id, cls.id)).id;
		const writer = await connectAs(t.db, first.url, s.id, cls.pupils[0]!);
		sockets.push(writer);
		const accepted = await writer.emitWithAck('chat:send', { roomId, body: 'Written just before the crash', clientKey: 'crash-test-0001' });
		expect(accepted).toMatchObject({ ok: true, data: { outcome: 'waiting' } });
		first.child.kill('SIGKILL');
		await new Promise((resolve) => first.child.once('exit', resolve));

		const second = await startProcess();
		const teacher = await connectAs(t.db, second, s.id, cls.teacher);
		const reader = await connectAs(t.db, second, s.id, cls.pupils[1]!);
		sockets.push(teacher, reader);
		const before = await reader.emitWithAck('chat:catch-up', { roomId, cursor: 0 });
		const lastSeen = before.ok ? before.data.cursor : 0;
		// The queue is read from the database: the message is still there to approve.
		const item = (await listQueue(t.db, cls.teacher.actor)).find((i) => i.body === 'Written just before the crash')!;
		expect(item).toBeDefined();
		const decided = await teacher.emitWithAck('moderation:decide', { itemId: item.id, action: 'approve', expectedVersion: item.version });
		expect(decided.ok).toBe(true);
		const after = await reader.emitWithAck('chat:catch-up', { roomId, cursor: lastSeen });
		expect(after.ok && after.data.messages.map((m) => m.body)).toEqual(['Written just before the crash']);
	}, 60_000);

	it('stop a pupil’s chat on another process within a round of a pause nobody announced', async () => {
		// Rounds every 250 ms there, so the test waits a few (production: ACTOR_ROUND_MS).
		const other = await startProcess({ ACTOR_ROUND_MS: '250' });
		const pupil = s.classes[0].pupils[0]!;
		const roomId = (await ensureClassRoom(t.db, s.id, s.classes[0].id)).id;
		const socket = await connectAs(t.db, other, s.id, pupil);
		sockets.push(socket);
		expect((await socket.emitWithAck('chat:send', { roomId, body: 'Before the pause', clientKey: 'round-proc-0001' })).ok).toBe(true);
		const [pause] = await t.db
			.insert(messagingPauses)
			.values({ schoolId: s.id, pupilId: pupil.id, endsAt: new Date(Date.now() + 86_400_000), reason: 'test', createdBy: s.dsl.id })
			.returning();
		await new Promise((r) => setTimeout(r, 1000));
		const after = await socket.emitWithAck('chat:send', { roomId, body: 'After the pause', clientKey: 'round-proc-0002' });
		await t.db.delete(messagingPauses).where(eq(messagingPauses.id, pause!.id));
		expect(after).toMatchObject({ ok: false });
	}, 60_000);

	it('take a teacher on another process out of a class’s rooms within a round of being taken off it', async () => {
		const other = await startProcess({ ACTOR_ROUND_MS: '250' });
		const cls = s.classes[1];
		const roomId = (await ensureClassRoom(t.db, s.id, cls.id)).id;
		const [teacher] = await addSignedTeachers(t.db, s, 1, 1);
		const socket = await connectAs(t.db, other, s.id, teacher!);
		sockets.push(socket);
		const classRooms = [rooms.class(cls.id), rooms.classModerators(cls.id), rooms.chatRoom(roomId)];
		const roomsNow = async () => {
			const answer = await socket.emitWithAck('session:whoami');
			return answer.ok ? answer.data.rooms : [];
		};
		expect(await roomsNow()).toEqual(expect.arrayContaining(classRooms));
		await t.db.delete(classTeachers).where(and(eq(classTeachers.teacherId, teacher!.id), eq(classTeachers.classId, cls.id)));
		await new Promise((r) => setTimeout(r, 1500));
		expect((await roomsNow()).filter((r) => classRooms.includes(r))).toEqual([]);
	}, 60_000);
});
