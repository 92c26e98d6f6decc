// The socket.io server, attached to whichever HTTP server runs the app (adapter-node in
// production, Vite in development). A thin typed adapter: the handshake authenticates,
// sockets join rooms for their user, class and school staff, and each event handler
// checks permissions with the same helper as the pages before calling a service.
import type { Server as HttpServer } from 'node:http';
import { Server, type Socket } from 'socket.io';
import type { ClientToServerEvents, ServerToClientEvents, SessionInfo } from '../../realtime/events';
import { rooms } from '../../realtime/events';
import type { Actor } from '../../domain/auth/permissions';
import { isStaff } from '../../domain/auth/roles';
import { getDb } from '../db';
import { loadActor } from '../auth/actor';
import { assertCan, ownSchool } from '../auth/authorize';
import { authenticateSocket, originAllowed, type HandshakeOptions } from './handshake';

export interface SocketData {
	actor: Actor;
	sessionId: string;
}

export type RealtimeServer = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
export type RealtimeSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

const KEY = Symbol.for('safe-classroom.realtime');

/** The running socket server, for services that publish after a commit. */
export function getRealtime(): RealtimeServer | undefined {
	return (globalThis as Record<symbol, unknown>)[KEY] as RealtimeServer | undefined;
}

function roomsFor(actor: Actor): string[] {
	const joined = [rooms.user(actor.userId)];
	if (isStaff(actor.role)) joined.push(rooms.staffOfSchool(actor.schoolId));
	for (const classId of actor.teachesClassIds) joined.push(rooms.class(classId));
	if (actor.classId) joined.push(rooms.class(actor.classId));
	return joined;
}

export function attachRealtime(httpServer: HttpServer, options: HandshakeOptions): RealtimeServer {
	const io: RealtimeServer = new Server(httpServer, {
		path: '/socket.io',
		serveClient: false,
		// Browsers only: the Origin check below runs before the upgrade is accepted.
		allowRequest: (req, callback) => callback(null, originAllowed(req, options))
	});
	io.use(async (socket, next) => {
		try {
			const result = await authenticateSocket(socket.request);
			if (result.state !== 'active') return next(new Error('unauthorised'));
			socket.data.actor = await loadActor(getDb(), result.user);
			socket.data.sessionId = result.session.id;
			next();
		} catch {
			next(new Error('unauthorised'));
		}
	});
	io.on('connection', (socket) => onConnection(socket));
	(globalThis as Record<symbol, unknown>)[KEY] = io;
	return io;
}

function onConnection(socket: RealtimeSocket): void {
	const actor = socket.data.actor;
	const joined = roomsFor(actor);
	void socket.join(joined);
	const info: SessionInfo = { userId: actor.userId, role: actor.role, schoolId: actor.schoolId };
	socket.emit('session:ready', info);
	socket.on('session:whoami', (ack) => {
		if (typeof ack !== 'function') return;
		try {
			assertCan(actor, actor.role === 'pupil' ? 'home.pupil' : actor.role === 'parent' ? 'home.parent' : 'home.staff', ownSchool(actor));
			ack({ ok: true, data: { ...info, rooms: joined } });
		} catch {
			ack({ ok: false, error: 'forbidden' });
		}
	});
}
