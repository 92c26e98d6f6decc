// Two app processes on one PostgreSQL: a message approved through one reaches a pupil
// connected to the other, through the socket.io Postgres adapter. Needs PostgreSQL, so it
// runs in the PostgreSQL pass (TEST_DATABASE_URL); PGlite is one process by nature.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { openTestDatabase, type TestDatabase } from '../support/database';
import { createTestSchool, type TestSchool } from '../support/factories';
import { ensureClassRoom } from '../../../src/lib/server/messaging/rooms';
import { connectAs, nextEvent, type TestSocket } from './support';

const onPostgres = Boolean(process.env.TEST_DATABASE_URL);
let t: TestDatabase;
let s: TestSchool;
const children: ChildProcess[] = [];
const sockets: TestSocket[] = [];

function startProcess(): Promise<string> {
	const child = spawn(process.execPath, ['--import', 'tsx', 'tests/integration/support/realtime-process.ts'], {
		env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL },
		stdio: ['ignore', 'pipe', 'inherit']
	});
	children.push(child);
	return new Promise((resolve, reject) => {
		child.stdout!.on('data', (chunk: Buffer) => {
			const match = /PORT=(\d+)/.exec(chunk.toString());
			if (match) resolve(`http://127.0.0.1:${match[1]}`);
		});
		child.once('exit', (code) => reject(new Error(`process exited with ${code}`)));
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

describe.skipIf(!onPostgres)('two app processes', () => {
	it('deliver a message approved on one to a pupil connected to the other', async () => {
		const [a, b] = await Promise.all([startProcess(), startProcess()]);
		const cls = s.classes[0];
		const roomId = (await ensureClassRoom(t.db, s.id, cls.id)).id;
		const teacher = await connectAs(t.db, a, s.id, cls.teacher);
		const writer = await connectAs(t.db, a, s.id, cls.pupils[0]!);
		const reader = await connectAs(t.db, b, s.id, cls.pupils[1]!);
		sockets.push(teacher, writer, reader);
		const queued = nextEvent(teacher, 'queue:added');
		await writer.emitWithAck('chat:send', { roomId, body: 'Hello from process A', clientKey: 'two-proc-0001' });
		const item = await queued;
		const delivered = nextEvent(reader, 'chat:message', (m) => m.body === 'Hello from process A', 10_000);
		const decided = await teacher.emitWithAck('moderation:decide', { itemId: item.id, action: 'approve', expectedVersion: item.version });
		expect(decided.ok).toBe(true);
		expect((await delivered).authorName).toBe('PupilA1');
	}, 60_000);
});
