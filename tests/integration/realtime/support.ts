// Real socket.io clients for realtime tests, signed in with real sessions.
import { io as connect, type Socket } from 'socket.io-client';
import type { Database } from '../../../src/lib/server/db';
import { createSession, generateSessionToken } from '../../../src/lib/server/auth/session';
import type { ClientToServerEvents, ServerToClientEvents } from '../../../src/lib/realtime/events';
import type { TestUser } from '../support/factories';

export type TestSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

export async function connectAs(db: Database, base: string, schoolId: string, user: TestUser): Promise<TestSocket> {
	const token = generateSessionToken();
	await createSession(db, token, { id: user.id, schoolId, role: user.role });
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
