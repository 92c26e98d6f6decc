// Real socket.io clients for realtime tests, signed in with real sessions.
import { io as connect, type Socket } from 'socket.io-client';
import { spawn, type ChildProcess } from 'node:child_process';
import type { Database } from '../../../src/lib/server/db';
import { createSession, generateSessionToken, type SessionRecord } from '../../../src/lib/server/auth/session';
import type { SessionLimits } from '../../../src/lib/domain/auth/session-policy';
import type { ClientToServerEvents, ServerToClientEvents } from '../../../src/lib/realtime/events';
import type { TestUser } from '../support/factories';

export type TestSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

export async function connectAs(db: Database, base: string, schoolId: string, user: TestUser): Promise<TestSocket> {
	const { token } = await openSession(db, schoolId, user);
	return connectWithToken(base, token);
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
