// A socket never outlives its session. Every socket joins a room for its session (and one
// for its user), so ending a session anywhere drops its sockets on every process. One
// server-side event carries the ending to the other processes through the socket.io
// adapter; each process then tells its own sockets why and drops them, in that order (two
// separate adapter messages could arrive out of order). Call these after the commit that
// ended the session; with no socket server running they do nothing.
import type { Server } from 'socket.io';
import { rooms, type SessionEndReason } from '../../realtime/events';
import { getRealtime, realtimeIsShared } from './registry';

/** The inter-process event; attachRealtime listens for it when an adapter is attached. */
export const SESSION_END_EVENT = 'session:end';

/** Tells this process's sockets in those rooms why, then drops them. */
export function endLocalSockets(io: Server, targets: string[], reason: SessionEndReason): void {
	io.local.to(targets).emit('session:ended', reason);
	io.local.in(targets).disconnectSockets(true);
}

function endSockets(targets: string[], reason: SessionEndReason): void {
	const io = getRealtime();
	if (!io || targets.length === 0) return;
	endLocalSockets(io, targets, reason);
	if (realtimeIsShared()) io.serverSideEmit(SESSION_END_EVENT, targets, reason);
}

/** Drops every socket of these sessions, wherever it is connected. */
export function disconnectSessions(sessionIds: readonly string[], reason: SessionEndReason): void {
	endSockets(sessionIds.map(rooms.session), reason);
}

/** Drops every staff socket of a school (a new staff agreement to sign closes their gate). */
export function disconnectSchoolStaff(schoolId: string, reason: SessionEndReason): void {
	endSockets([rooms.staffOfSchool(schoolId)], reason);
}

/** Drops every socket of these users (all their sessions), wherever it is connected. */
export function disconnectUsers(userIds: readonly string[], reason: SessionEndReason): void {
	endSockets(userIds.map(rooms.user), reason);
}
