// Real socket.io clients for realtime tests, signed in with real sessions, and a realtime
// server of a test file's own to connect them to.
import { io as connect, type Socket } from 'socket.io-client';
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Database } from '../../../src/lib/server/db';
import { attachRealtime, type RealtimeOptions, type RealtimeServer } from '../../../src/lib/server/realtime/server';
import { createSession, generateSessionToken, type SessionRecord } from '../../../src/lib/server/auth/session';
import type { SessionLimits } from '../../../src/lib/domain/auth/session-policy';
import type { ClientToServerEvents, ServerToClientEvents } from '../../../src/lib/realtime/events';
import { openTestDatabase, type TestDatabase } from '../support/database';
import { createTestSchool, type TestSchool, type TestUser } from '../support/factories';

export type TestSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

export async function connectAs(db: Database, base: string, schoolId: string, user: TestUser): Promise<TestSocket> {
	const { token } = await openSession(db, schoolId, user);
	return connectWithToken(base, token);
}

/** A test file's own database, one school in it, and a realtime server on a free local port. */
export interface LiveSchool {
	t: TestDatabase;
	school: TestSchool;
	io: RealtimeServer;
	base: string;
	/** Signs the user in with a real session and opens a socket; `close` closes it again. */
	join(user: TestUser): Promise<TestSocket>;
	/** Closes every socket `join` opened, then the server (and its HTTP server), then the database. */
	close(): Promise<void>;
}

/** Starts a LiveSchool with `pupilsPerClass` pupils in each class; `options` are added to the server's (no browser origins). */
export async function startLiveSchool(pupilsPerClass: number, options: Partial<RealtimeOptions> = {}): Promise<LiveSchool> {
	const t = await openTestDatabase();
	const school = await createTestSchool(t.db, pupilsPerClass);
	const { io, base } = await startRealtimeServer(options);
	const sockets: TestSocket[] = [];
	return {
		t,
		school,
		io,
		base,
		async join(user) {
			const socket = await connectAs(t.db, base, school.id, user);
			sockets.push(socket);
			return socket;
		},
		async close() {
			sockets.forEach((socket) => socket.close());
			await io.close();
			await t.close();
		}
	};
}

/**
 * A realtime server of the test file's own on a free local port, with `options` added to the
 * server's (no browser origins). `io.close()` closes its HTTP server with it.
 */
export async function startRealtimeServer(options: Partial<RealtimeOptions> = {}): Promise<{ io: RealtimeServer; base: string }> {
	const server = http.createServer();
	const io = await attachRealtime(server, { origins: [], ...options });
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	return { io, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/** A real session for the user, with the role's limits unless others are given. */
export async function openSession(db: Database, schoolId: string, user: TestUser, limits?: SessionLimits): Promise<{ token: string; record: SessionRecord }> {
	const token = generateSessionToken();
	const record = await createSession(db, token, { id: user.id, schoolId, role: user.role }, new Date(), limits);
	return { token, record };
}

/** Opens a socket carrying that session's cookie and waits until the server is ready. */
export async function connectWithToken(base: string, token: string): Promise<TestSocket> {
	const socket: TestSocket = connect(base, {
		transports: ['websocket'],
		extraHeaders: { origin: base, cookie: `session=${token}` },
		reconnection: false,
		forceNew: true
	});
	await new Promise<void>((resolve, reject) => {
		socket.once('session:ready', () => resolve());
		socket.once('connect_error', reject);
	});
	return socket;
}

/** Resolves with the first event of that name matching `where`, or fails after `ms`. */
export function nextEvent<E extends keyof ServerToClientEvents>(
	socket: TestSocket,
	event: E,
	where: (...args: Parameters<ServerToClientEvents[E]>) => boolean = () => true,
	ms = 5000
): Promise<Parameters<ServerToClientEvents[E]>[0]> {
	return new Promise((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error(`no ${String(event)} within ${ms} ms`)), ms);
		const listener = (...args: Parameters<ServerToClientEvents[E]>) => {
			if (!where(...args)) return;
			clearTimeout(timer);
			(socket.off as (e: string, l: unknown) => void)(event, listener);
			resolve(args[0]);
		};
		(socket.on as (e: string, l: unknown) => void)(event, listener);
	});
}

/**
 * Another app process (tests/integration/support/realtime-process.ts) on the same database,
 * sharing events through the adapter named in `env`. Resolves with its address; kill the
 * child when done.
 */
export function startAppProcess(env: Record<string, string> = {}): Promise<{ url: string; child: ChildProcess }> {
	const child = spawn(process.execPath, ['--import', 'tsx', 'tests/integration/support/realtime-process.ts'], {
		env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL, ...env },
		stdio: ['ignore', 'pipe', 'inherit']
	});
	return new Promise((resolve, reject) => {
		child.stdout!.on('data', (chunk: Buffer) => {
			const match = /PORT=(\d+)/.exec(chunk.toString());
			if (match) resolve({ url: `http://127.0.0.1:${match[1]}`, child });
		});
		child.once('exit', (code, signal) => reject(new Error(`process exited with ${code ?? signal}`)));
	});
}

export interface ServerDisconnect {
	/** When the socket was disconnected, in ms since the epoch. */
	at: number;
	/** The reason the server gave in `session:ended`, if it gave one. */
	ended: string | null;
	/** socket.io's own reason: 'io server disconnect' when the server closed it. */
	how: string;
}

/** Resolves when the socket is disconnected, saying when and why. Start it before the cause. */
export function watchDisconnect(socket: TestSocket): Promise<ServerDisconnect> {
	let ended: string | null = null;
	socket.once('session:ended', (r) => (ended = r));
	return new Promise((resolve) => {
		socket.once('disconnect', (how) => resolve({ at: Date.now(), ended, how }));
	});
}
