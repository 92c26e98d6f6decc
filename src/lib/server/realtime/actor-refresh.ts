// A live socket keeps its actor (class, classes taught, agreements gate) between events
// rather than reading it again for every message: in a busy class that look-up cost more
// than the message. Whatever changes a user's access announces it (announceAccessChanged),
// and every process then marks that user's sockets to read their actor again at their next
// event, before telling their pages. Gate closures also drop the sockets outright
// (./session-sockets.ts), so a new connection reads everything afresh.
import type { Server } from 'socket.io';
import { rooms } from '../../realtime/events';
import { getRealtime, realtimeIsShared } from './registry';

/** The inter-process event; attachRealtime listens for it when an adapter is attached. */
export const ACCESS_CHANGED_EVENT = 'access:refresh';

/** Marks this process's sockets of these users stale, then tells their pages (in that order). */
export function refreshLocalActors(io: Server, userIds: readonly string[]): void {
	const namespace = io.of('/');
	for (const userId of userIds) {
		for (const socketId of namespace.adapter.rooms.get(rooms.user(userId)) ?? []) {
			const socket = namespace.sockets.get(socketId);
			if (socket) socket.data.actorStale = true;
		}
	}
	io.local.to(userIds.map(rooms.user)).emit('access:changed');
}

/**
 * Tells a pupil's open pages that their access changed (an agreement signed or a consent
 * given, a messaging pause), on every process: their sockets read the gate again at their
 * next event, and their pages without a reload.
 */
export function announceAccessChanged(userIds: readonly string[]): void {
	const io = getRealtime();
	if (!io || !userIds.length) return;
	refreshLocalActors(io, userIds);
	if (realtimeIsShared()) io.serverSideEmit(ACCESS_CHANGED_EVENT, [...userIds]);
}
