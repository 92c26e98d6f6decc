// The socket handshake over a real socket.io connection: no cookie, a forged cookie or a
// foreign Origin is refused; a valid session joins its rooms.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { io as connect, type Socket } from 'socket.io-client';
import { openTestDatabase, type TestDatabase } from '../support/database';
import { createTestSchool, type TestSchool } from '../support/factories';
import type { RealtimeServer } from '../../../src/lib/server/realtime/server';
import { startRealtimeServer } from './support';
import { createSession, generateSessionToken } from '../../../src/lib/server/auth/session';
import type { SessionInfo } from '../../../src/lib/realtime/events';
import type { Role } from '../../../src/lib/domain/auth/roles';

let t: TestDatabase;
let school: TestSchool;
let io: RealtimeServer;
let base: string;
beforeAll(async () => {
	t = await openTestDatabase();
	school = await createTestSchool(t.db, 1);
	({ io, base } = await startRealtimeServer());
});
afterAll(async () => {
	await io.close();
	await t.close();
});

function open(headers: Record<string, string>): Socket {
	return connect(base, { transports: ['websocket'], extraHeaders: headers, reconnection: false, forceNew: true });
}

function outcome(socket: Socket): Promise<{ ready: SessionInfo } | { error: string }> {
	return new Promise((resolve) => {
		socket.on('session:ready', (info: SessionInfo) => resolve({ ready: info }));
		socket.on('connect_error', (e) => resolve({ error: e.message }));
	}).finally(() => socket.close()) as Promise<{ ready: SessionInfo } | { error: string }>;
}

async function cookieFor(user: { id: string; role: Role }) {
	const token = generateSessionToken();
	await createSession(t.db, token, { id: user.id, schoolId: school.id, role: user.role });
	return `session=${token}`;
}

describe('socket handshake', () => {
	it('refuses a socket without a session', async () => {
		expect(await outcome(open({ origin: base }))).toEqual({ error: 'unauthorised' });
	});

	it('refuses a forged session cookie', async () => {
		expect(await outcome(open({ origin: base, cookie: `session=${'b'.repeat(32)}` }))).toEqual({ error: 'unauthorised' });
	});

	it('refuses a valid session from another site', async () => {
		const cookie = await cookieFor(school.classes[0].pupils[0]!);
		const result = await outcome(open({ origin: 'https://evil.example', cookie }));
		expect('error' in result).toBe(true);
	});

	it('accepts a pupil and puts them in their own and their class room only', async () => {
		const pupil = school.classes[0].pupils[0]!;
		const socket = open({ origin: base, cookie: await cookieFor(pupil) });
		const ready = await new Promise<SessionInfo>((resolve) => socket.on('session:ready', resolve));
		expect(ready).toEqual({ userId: pupil.id, role: 'pupil', schoolId: school.id });
		const reply = await socket.emitWithAck('session:whoami');
		socket.close();
		expect(reply.ok).toBe(true);
		const rooms = reply.data.rooms;
		expect(rooms).toContain(`class:${school.classes[0].id}`);
		expect(rooms).toContain(`user:${pupil.id}`);
		expect(rooms.filter((r: string) => r.startsWith('room:'))).toHaveLength(1);
		expect(rooms.some((r: string) => r.startsWith('moderators:') || r.startsWith('staff:') || r.startsWith('dsl:'))).toBe(false);
		expect(rooms).not.toContain(`class:${school.classes[1].id}`);
	});

	it("puts a teacher in their class and the school's staff room", async () => {
		const teacher = school.classes[1].teacher;
		const socket = open({ origin: base, cookie: await cookieFor(teacher) });
		await new Promise((resolve) => socket.on('session:ready', resolve));
		const reply = await socket.emitWithAck('session:whoami');
		socket.close();
		expect(reply.data.rooms).toContain(`class:${school.classes[1].id}`);
		expect(reply.data.rooms).toContain(`staff:${school.id}`);
		expect(reply.data.rooms).not.toContain(`class:${school.classes[0].id}`);
	});
});
