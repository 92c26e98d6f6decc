// Database faults never kill the app: its connections are terminated over and over while
// a teacher sends, in each way processes share events (none, PostgreSQL LISTEN/NOTIFY,
// Redis when TEST_REDIS_URL is set); each app process stays up and recovers by itself.
// Then an outage (the database refusing connections): /healthz answers 503, sends are told
// to try again in a moment, a live socket is told "reconnecting" (never signed out) and a
// new socket is refused as 'unavailable', not 'unauthorised'; all recover when it returns.
// Needs PostgreSQL (TEST_DATABASE_URL): PGlite lives inside the process.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import postgres from 'postgres';
import { io as connect } from 'socket.io-client';
import { openTestDatabase, type TestDatabase } from '../support/database';
import { createTestSchool, type TestSchool } from '../support/factories';
import { ensureClassRoom } from '../../../src/lib/server/messaging/rooms';
import { createSession, generateSessionToken } from '../../../src/lib/server/auth/session';
import { connectAs, type TestSocket } from './support';

const adminUrl = process.env.TEST_DATABASE_URL;
const redisUrl = process.env.TEST_REDIS_URL;
let t: TestDatabase;
let s: TestSchool;
let roomId: string;
let dbName: string;
let admin: postgres.Sql;
const children: ChildProcess[] = [];
const sockets: TestSocket[] = [];

function startChild(env: Record<string, string>, script = 'tests/integration/support/realtime-process.ts'): Promise<{ url: string; child: ChildProcess }> {
	const child = spawn(process.execPath, ['--import', 'tsx', script], {
		env: { ...process.env, ...env },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	children.push(child);
	// Kept to explain a crash: the last of what the process wrote to stderr.
	let stderr = '';
	child.stderr!.on('data', (c: Buffer) => (stderr = (stderr + c.toString()).slice(-4000)));
	child.once('exit', (code) => code && console.error(`app process exited with ${code}:\n${stderr}`));
	return new Promise((resolve, reject) => {
		child.stdout!.on('data', (chunk: Buffer) => {
			const match = /PORT=(\d+)/.exec(chunk.toString());
			if (match) resolve({ url: `http://127.0.0.1:${match[1]}`, child });
		});
		child.once('exit', (code, signal) => reject(new Error(`process exited with ${code ?? signal}`)));
	});
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Terminates every connection to the test database (the app's and the test's own). */
const terminateAll = () => admin`select pg_terminate_backend(pid) from pg_stat_activity where datname = ${dbName} and pid <> pg_backend_pid()`;

async function join(base: string, user: TestSchool['admin']): Promise<TestSocket> {
	const socket = await connectAs(t.db, base, s.id, user);
	sockets.push(socket);
	return socket;
}

/** Sends as the teacher until one is delivered to `reader`, or fails after `ms`. */
async function deliveredWithin(sender: TestSocket, reader: TestSocket, ms: number): Promise<number> {
	const started = Date.now();
	for (let i = 0; Date.now() - started < ms; i++) {
		const body = `Still here ${Date.now()}-${i}`;
		const heard = new Promise<boolean>((resolve) => {
			const timer = setTimeout(() => resolve(false), 1500);
			reader.on('chat:message', function listener(m) {
				if (m.body !== body) return;
				clearTimeout(timer);
				reader.off('chat:message', listener);
				resolve(true);
			});
		});
		const reply = await sender
			.timeout(3000)
			.emitWithAck('chat:send', { roomId, body, clientKey: `recover-${Date.now()}-${i}` })
			.catch(() => null);
		if (reply?.ok && (await heard)) return Date.now() - started;
		await sleep(200);
	}
	throw new Error(`nothing delivered within ${ms} ms`);
}

beforeAll(async () => {
	if (!adminUrl) return;
	t = await openTestDatabase();
	dbName = new URL(process.env.DATABASE_URL!).pathname.slice(1);
	admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
	s = await createTestSchool(t.db, 3);
	roomId = (await ensureClassRoom(t.db, s.id, s.classes[0].id)).id;
}, 60_000);
afterAll(async () => {
	sockets.forEach((x) => x.close());
	children.forEach((c) => c.kill('SIGTERM'));
	if (!adminUrl) return;
	await admin`alter database ${admin(dbName)} allow_connections true`;
	await admin.end();
	await t.close();
});

const modes: [string, Record<string, string>, boolean][] = [
	['one process, no adapter', { REALTIME_ADAPTER: 'none' }, true],
	['PostgreSQL LISTEN/NOTIFY adapter', { REALTIME_ADAPTER: 'postgres' }, true],
	['Redis adapter', { REALTIME_ADAPTER: 'redis', REDIS_URL: redisUrl ?? '' }, Boolean(redisUrl)]
];

describe.skipIf(!adminUrl)('database faults', () => {
	it('survives postgres.js writing to a closed reserved connection (patched driver)', async () => {
		const { child } = await new Promise<{ child: ChildProcess }>((resolve, reject) => {
			const child = spawn(process.execPath, ['--import', 'tsx', 'tests/integration/support/reserved-connection-fault.ts'], {
				env: process.env,
				stdio: ['ignore', 'pipe', 'pipe']
			});
			children.push(child);
			let out = '';
			child.stdout!.on('data', (c: Buffer) => (out += c.toString()));
			child.stderr!.resume();
			child.once('exit', (code) => (code === 0 && out.includes('SURVIVED') ? resolve({ child }) : reject(new Error(`exited ${code}: ${out}`))));
		});
		expect(child.exitCode).toBe(0);
	}, 30_000);

	for (const [name, env, available] of modes) {
		it.skipIf(!available)(
			`stays up while its connections are terminated under traffic, and recovers by itself (${name})`,
			async () => {
				const shared = env.REALTIME_ADAPTER !== 'none';
				const a = await startChild(env);
				const b = shared ? await startChild(env) : a;
				const cls = s.classes[0];
				const teacher = await join(a.url, cls.teacher);
				const reader = await join(b.url, cls.pupils[1]!);
				await deliveredWithin(teacher, reader, 10_000);

				// Traffic: the teacher sends every 20 ms while every connection is cut every 150 ms for 3 seconds.
				let sending = true;
				let answered = 0;
				const traffic = (async () => {
					for (let i = 0; sending; i++) {
						await teacher
							.timeout(3000)
							.emitWithAck('chat:send', { roomId, body: `Busy ${i}`, clientKey: `busy-${name.length}-${Date.now()}-${i}` })
							.then(
								() => answered++,
								() => undefined
							);
						await sleep(20);
					}
				})();
				for (let i = 0; i < 20; i++) {
					await terminateAll();
					await fetch(`${a.url}/healthz`).catch(() => undefined);
					await sleep(150);
				}
				sending = false;
				await traffic;

				expect(a.child.exitCode).toBeNull();
				expect(b.child.exitCode).toBeNull();
				expect(answered).toBeGreaterThan(0);
				// Recovered by itself: sends are delivered again (across processes, through the adapter) and the health check is green.
				await deliveredWithin(teacher, reader, 15_000);
				const health = await fetch(`${b.url}/healthz`);
				expect(health.status).toBe(200);
				expect(a.child.exitCode).toBeNull();
				expect(b.child.exitCode).toBeNull();
			},
			90_000
		);
	}

	it('during an outage: 503 from /healthz, "try again" for sends, "reconnecting" (not signed out) for live sockets, and recovery', async () => {
		const { url, child } = await startChild({ REALTIME_ADAPTER: 'postgres' });
		const cls = s.classes[0];
		const teacher = await join(url, cls.teacher);
		const pupil = await join(url, cls.pupils[2]!);
		const connectedAt = Date.now();
		const ended: string[] = [];
		let reconnecting = 0;
		pupil.on('session:ended', (reason) => ended.push(reason));
		pupil.on('server:reconnecting', () => reconnecting++);
		// A session for a socket opened during the outage, made while the database is still up.
		const token = generateSessionToken();
		await createSession(t.db, token, { id: cls.pupils[0]!.id, schoolId: s.id, role: 'pupil' });

		await admin`alter database ${admin(dbName)} allow_connections false`;
		await terminateAll();
		try {
			const health = await fetch(`${url}/healthz`);
			expect(health.status).toBe(503);
			expect(await health.json()).toEqual({ status: 'unavailable', database: 'down' });

			const send = await teacher.emitWithAck('chat:send', { roomId, body: 'During the outage', clientKey: `outage-${Date.now()}` });
			expect(send).toMatchObject({ ok: false, retry: true });
			expect(send.ok === false && send.error).toMatch(/try again in a moment/);

			const refused = await new Promise<string>((resolve) => {
				const late = connect(url, {
					transports: ['websocket'],
					extraHeaders: { origin: url, cookie: `session=${token}` },
					reconnection: false,
					forceNew: true
				});
				late.once('connect_error', (e) => (late.close(), resolve(e.message)));
				late.once('connect', () => (late.close(), resolve('connected')));
			});
			expect(refused).toBe('unavailable');

			// The socket's session is re-checked 15 seconds after it was last checked.
			await sleep(Math.max(0, 15_500 - (Date.now() - connectedAt)));
			const catchUp = await pupil.emitWithAck('chat:catch-up', { roomId, cursor: 0 });
			expect(catchUp).toMatchObject({ ok: false, retry: true });
			expect(reconnecting).toBeGreaterThan(0);
			expect(ended).toEqual([]);
			expect(pupil.connected).toBe(true);
		} finally {
			await admin`alter database ${admin(dbName)} allow_connections true`;
		}
		// Back again: the same socket is answered, the health check is green.
		let again: Awaited<ReturnType<TestSocket['emitWithAck']>> | null = null;
		for (let i = 0; i < 40 && !again?.ok; i++) {
			await sleep(250);
			again = await pupil.emitWithAck('chat:catch-up', { roomId, cursor: 0 });
		}
		expect(again?.ok).toBe(true);
		expect((await fetch(`${url}/healthz`)).status).toBe(200);
		expect(ended).toEqual([]);
		expect(child.exitCode).toBeNull();
	}, 90_000);
});
