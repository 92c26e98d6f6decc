// The socket.io server, attached to whichever HTTP server runs the app (adapter-node in
// production, Vite in development). A thin typed adapter: the handshake authenticates,
// sockets join rooms for their user, class and school staff, and each event handler
// checks permissions with the same helper as the pages before calling a service.
import type { Server as HttpServer } from 'node:http';
import { Server, type Socket } from 'socket.io';
import type { ClientToServerEvents, ServerToClientEvents, SessionEndReason, SessionInfo } from '../../realtime/events';
import { rooms } from '../../realtime/events';
import { homePermissionFor, type Actor } from '../../domain/auth/permissions';
import { getDb } from '../db';
import { loadActor } from '../auth/actor';
import { assertCan, ownSchool } from '../auth/authorize';
import { authenticateSocket, originAllowed, type HandshakeOptions } from './handshake';
import { registerHandlers } from './handlers';
import { validateSessionId, type SessionUser } from '../auth/session';
import { watchLiveSessions, type SessionWatch } from './session-watch';
import { watchSessionExpiry } from './session-expiry';
import { refreshActorsEvery, takeFreshActor } from './actor-rounds';
import { roomsFor } from './socket-rooms';
import { endLocalSockets, SESSION_END_EVENT } from './session-sockets';
import { ACCESS_CHANGED_EVENT, refreshLocalActors } from './actor-refresh';
import { registerRealtime } from './registry';
import { attachAdapter } from './adapter';
import type { RealtimeAdapterSpec } from '../config';
import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from '../errors';

export interface SocketData {
	actor: Actor;
	/** Who the session is for, as the handshake read it: the actor is read again from it. */
	user: SessionUser;
	sessionId: string;
	/** Set when the user's access changed (./actor-refresh.ts): read the actor again at the next event. */
	actorStale?: boolean;
	/** When the actor was read (ms since the epoch), by this socket or a round (./actor-rounds.ts). */
	actorAt?: number;
}

/** Events between app processes, carried by the adapter. */
export interface InterServerEvents {
	[SESSION_END_EVENT]: (targets: string[], reason: SessionEndReason) => void;
	[ACCESS_CHANGED_EVENT]: (userIds: string[]) => void;
}

export type RealtimeServer = Server<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;
export type RealtimeSocket = Socket<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;

// The actor is read again when its access is announced as changed (./actor-refresh.ts),
// and otherwise for every live socket together at twice this pace (./actor-rounds.ts), for
// what changes without an announcement (a teacher taken off a class, a pause or a consent
// running out, a pupil moved by an import). This per-socket read at the next event is left
// to a socket whose round failed.
const ACTOR_RELOAD_MS = 60_000;
// Events that read back history are checked every time: they are rare (a reconnect), and
// nothing stored may reach a session that ended since the last check.
const ALWAYS_RECHECK: ReadonlySet<string> = new Set(['chat:catch-up']);

export interface RealtimeOptions extends HandshakeOptions {
	/** How to share events between processes; omit for a single process. */
	adapter?: RealtimeAdapterSpec | null;
	/** How often live sockets' actors are read together (./actor-rounds.ts); 30 s when unset. */
	actorRoundMs?: number;
	/** How often live sockets' sessions are read together (./session-watch.ts); 15 s when unset. */
	sessionRoundMs?: number;
}

export async function attachRealtime(httpServer: HttpServer, options: RealtimeOptions): Promise<RealtimeServer> {
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
			socket.data.user = result.user;
			socket.data.sessionId = result.session.id;
			socket.data.actorAt = Date.now();
			next();
		} catch (e) {
			// A session that cannot be checked is not a session that ended: the client waits and tries again.
			next(new Error(isDatabaseUnavailable(e) ? 'unavailable' : 'unauthorised'));
		}
	});
	// Every live socket's session, read in one statement a round (./session-watch.ts).
	const watch = watchLiveSessions(io as unknown as Server, options.sessionRoundMs);
	httpServer.once('close', () => watch.stop());
	const actorRounds = refreshActorsEvery(io as unknown as Server, options.actorRoundMs);
	httpServer.once('close', () => actorRounds.stop());
	io.on('connection', (socket) => {
		void onConnection(socket, watch).catch((e) => {
			if (!isDatabaseUnavailable(e)) console.error('socket connection failed', e);
			// Closing the transport (not the socket) makes the client reconnect by itself, with backoff.
			socket.emit('server:reconnecting');
			socket.conn.close();
		});
	});
	if (options.adapter) {
		const adapter = await attachAdapter(io as unknown as Server, options.adapter);
		httpServer.once('close', () => void adapter.close());
		// A session ended on another process drops this process's sockets of it.
		io.on(SESSION_END_EVENT, (targets, reason) => endLocalSockets(io as unknown as Server, targets, reason));
		io.on(ACCESS_CHANGED_EVENT, (userIds) => refreshLocalActors(io as unknown as Server, userIds));
	}
	registerRealtime(io as unknown as Server, Boolean(options.adapter));
	return io;
}

async function onConnection(socket: RealtimeSocket, watch: SessionWatch): Promise<void> {
	const actor = socket.data.actor;
	// Nothing is answered until the socket is in its rooms. Otherwise a catch-up answered
	// before the join misses a message approved in between: too late for the catch-up's read,
	// and broadcast to a room the socket was not yet in. The middleware and handlers are
	// registered at once (an event that arrives while we wait must find them) and hold each
	// event until `joining` settles.
	// Ending a session anywhere drops the sockets in its room at once (./session-sockets.ts).
	// The session room is joined first and the session read again after, so a sign-out that
	// lands during the handshake is caught by one or the other. The timer drops the socket
	// when the session runs out unused.
	const joining = (async (): Promise<string[] | null> => {
		await socket.join([rooms.user(actor.userId), rooms.session(socket.data.sessionId)]);
		const still = await validateSessionId(getDb(), socket.data.sessionId, new Date(), { touch: false });
		if (still.state !== 'active') {
			socket.emit('session:ended', still.state);
			socket.disconnect(true);
			return null;
		}
		watchSessionExpiry(socket, still.deadline);
		const list = await roomsFor(actor);
		await socket.join(list);
		return list;
	})();
	socket.use(
		(_packet, next) =>
			void joining.then(
				(list) => (list ? next() : undefined),
				() => undefined
			)
	);
	// The session is not read per event: the process reads every live socket's session in one
	// statement a round (./session-watch.ts), sliding those whose sockets were used, and any
	// ending in the app drops the sockets at once (./session-sockets.ts). Catch-up still reads
	// it every time. The actor is read again when its access changed, so a messaging pause or
	// a new agreement to sign closes the gate on the socket as on the pages, and at least every
	// ACTOR_RELOAD_MS; between those it is kept, as it is the costliest read of all.
	socket.use(async (packet, next) => {
		const always = ALWAYS_RECHECK.has(String(packet[0]));
		const now = Date.now();
		watch.markUsed(socket.data.sessionId);
		if (!always && !socket.data.actorStale && now - (socket.data.actorAt ?? 0) < ACTOR_RELOAD_MS) return next();
		const db = getDb();
		try {
			if (always) {
				const result = await validateSessionId(db, socket.data.sessionId);
				if (result.state !== 'active') {
					socket.emit('session:ended', result.state);
					socket.disconnect(true);
					return;
				}
				if (!socket.data.actorStale && now - (socket.data.actorAt ?? 0) < ACTOR_RELOAD_MS) return next();
			}
			// Cleared before the read, so a change announced during it is read at the next event.
			socket.data.actorStale = false;
			const actor = await loadActor(db, socket.data.user).catch((e: unknown) => {
				socket.data.actorStale = true;
				throw e;
			});
			if (takeFreshActor(socket, actor, now)) next();
		} catch (e) {
			holdOnDuringOutage(socket, packet, e);
		}
	});
	registerHandlers(socket);
	const info: SessionInfo = { userId: actor.userId, role: actor.role, schoolId: actor.schoolId };
	socket.on('session:whoami', (ack) => {
		if (typeof ack !== 'function') return;
		try {
			assertCan(actor, homePermissionFor(actor.role), ownSchool(actor));
			// The rooms it is in now (groups joined live included), without its own id and session room.
			const current = () => [...socket.rooms].filter((r) => r !== socket.id && r !== rooms.session(socket.data.sessionId));
			void joining.then(
				(list) => (list ? ack({ ok: true, data: { ...info, rooms: current() } }) : undefined),
				() => undefined
			);
		} catch {
			ack({ ok: false, error: 'forbidden' });
		}
	});
	if (await joining) socket.emit('session:ready', info);
}

/**
 * The session could not be checked (the database is down, or the check failed): the
 * socket stays connected and is told the server is reconnecting, never that it was
 * signed out; this event is answered "try again in a moment" and goes no further.
 */
function holdOnDuringOutage(socket: RealtimeSocket, packet: unknown[], e: unknown): void {
	if (!isDatabaseUnavailable(e)) console.error('socket session check failed', e);
	socket.emit('server:reconnecting');
	const ack = packet[packet.length - 1];
	if (typeof ack === 'function') ack({ ok: false, error: DATABASE_UNAVAILABLE_MESSAGE, retry: true });
}
