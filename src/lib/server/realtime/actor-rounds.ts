// Live sockets' permissions, read again together: every ACTOR_ROUND_MS each process loads the
// actors of all the users behind its sockets, pupils, staff and parents alike, with one
// statement per kind of row per school whatever the number of sockets (../auth/actors-of-school.ts),
// where each socket used to read its own every minute. This is the timer behind the
// announcements (./actor-refresh.ts), for what changes without one: a teacher taken off a
// class, a parent unlinked from a child, a pause or a consent running out, a row changed
// behind the app's back. Each socket then takes its new actor and its rooms follow it
// (./socket-rooms.ts): a room it may no longer hear is left within a round. A member of staff
// whose gate closed is sent away to reconnect with what is still allowed, as at their own
// reload (./server.ts). Sessions that end (an account turned off or deleted) are the session
// round's (./session-watch.ts).
import type { Server } from 'socket.io';
import type { Actor } from '../../domain/auth/permissions';
import { isStaff } from '../../domain/auth/roles';
import { rooms } from '../../realtime/events';
import { loadActorsOfSchool } from '../auth/actors-of-school';
import { getDb } from '../db';
import { isDatabaseUnavailable } from '../errors';
import { readableRooms, roomClassesOf } from '../messaging/rooms';
import { loadRoomsOfSchool, type RoomsOfSchool } from '../messaging/rooms-of-school';
import type { RealtimeSocket } from './server';
import { socketRoomsFor, syncSocketRooms } from './socket-rooms';

// Half the per-socket safety net (ACTOR_RELOAD_MS in ./server.ts), so a round always lands
// before it fires, and the longest a right removed behind the app's back is still heard.
export const ACTOR_ROUND_MS = 30_000;

/**
 * Puts a freshly read actor on the socket. A member of staff's rooms depend on their gate, so
 * one whose gate closed since is told so and dropped, to start again with what is still
 * allowed; a pupil's rooms do not (handlers check the gate at each event). Returns whether the
 * socket stays.
 */
export function takeFreshActor(socket: RealtimeSocket, actor: Actor, readAt: number): boolean {
	const wasOpen = socket.data.actor.gate.open;
	socket.data.actor = actor;
	socket.data.actorAt = readAt;
	if (!isStaff(socket.data.user.role) || !wasOpen || actor.gate.open) return true;
	socket.emit('session:ended', 'gate-closed');
	socket.disconnect(true);
	return false;
}

function liveSocketsBySchool(io: Server): Map<string, RealtimeSocket[]> {
	const bySchool = new Map<string, RealtimeSocket[]>();
	for (const socket of io.of('/').sockets.values() as Iterable<RealtimeSocket>) {
		const user = socket.data.user;
		if (!user) continue;
		bySchool.set(user.schoolId, [...(bySchool.get(user.schoolId) ?? []), socket]);
	}
	return bySchool;
}

const chatRoomIdsOf = (socket: RealtimeSocket): string[] =>
	[...socket.rooms].filter((room) => room.startsWith(rooms.chatRoom(''))).map((room) => room.slice(rooms.chatRoom('').length));

/** Gives one socket the round's actor and brings its rooms in line with it. */
function settleSocket(socket: RealtimeSocket, actor: Actor, chatRooms: RoomsOfSchool, known: ReadonlySet<string>, started: number): void {
	if (!takeFreshActor(socket, actor, started)) return;
	const readable = readableRooms(actor, chatRooms.rooms, chatRooms.memberOf.get(actor.userId) ?? new Set());
	syncSocketRooms(
		socket,
		socketRoomsFor(
			actor,
			readable.map((r) => r.id)
		),
		known
	);
}

async function refreshSchool(schoolId: string, sockets: readonly RealtimeSocket[], started: number): Promise<void> {
	// Cleared before the read, as a socket's own reload does: a change announced during the
	// read marks the socket again, and it is left for the next read.
	const wasStale = new Set(sockets.filter((s) => s.data.actorStale));
	wasStale.forEach((s) => (s.data.actorStale = false));
	const db = getDb();
	try {
		const actors = await loadActorsOfSchool(
			db,
			schoolId,
			sockets.map((s) => s.data.user),
			new Date(started)
		);
		const fresh = [...actors.values()];
		const chatRooms = await loadRoomsOfSchool(db, schoolId, {
			classIds: fresh.flatMap(roomClassesOf),
			roomIds: sockets.flatMap(chatRoomIdsOf),
			pupilIds: fresh.filter((a) => a.role === 'pupil').map((a) => a.userId)
		});
		const known = new Set(chatRooms.rooms.map((r) => rooms.chatRoom(r.id)));
		for (const socket of sockets) {
			// A change announced meanwhile, or a socket that read its own since: theirs is as new.
			if (!socket.connected || socket.data.actorStale || (socket.data.actorAt ?? 0) > started) continue;
			const actor = actors.get(socket.data.user.id);
			if (actor) settleSocket(socket, actor, chatRooms, known, started);
			// No answer for this user (a role with no loader): leave it to its own reload.
			else if (wasStale.has(socket)) socket.data.actorStale = true;
		}
	} catch (e) {
		wasStale.forEach((s) => (s.data.actorStale = true));
		throw e;
	}
}

export function refreshActorsEvery(io: Server, intervalMs = ACTOR_ROUND_MS): { stop(): void } {
	let running = false;
	// Set when the server closes: a round still reading then stops at the next school, quietly
	// (the database may be closing too).
	let stopped = false;
	const round = async () => {
		if (running) return;
		running = true;
		const started = Date.now();
		try {
			// A failed school leaves its sockets to their own reload (ACTOR_RELOAD_MS), as before.
			for (const [schoolId, sockets] of liveSocketsBySchool(io)) {
				if (stopped) return;
				await refreshSchool(schoolId, sockets, started).catch((e: unknown) => {
					if (!stopped && !isDatabaseUnavailable(e)) console.error('live sockets’ permission refresh failed', e);
				});
			}
		} finally {
			running = false;
		}
	};
	const timer = setInterval(() => void round(), intervalMs);
	timer.unref();
	return {
		stop: () => {
			stopped = true;
			clearInterval(timer);
		}
	};
}
