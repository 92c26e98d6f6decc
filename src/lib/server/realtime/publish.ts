// Publishing to sockets, always after the database commit that made the change. With no
// socket server running (scripts, tests of services alone) publishing does nothing: the
// database is the source of truth and clients catch up from it.
import { rooms, type ServerToClientEvents } from '../../realtime/events';
import { getRealtime } from './registry';

export function publish<E extends keyof ServerToClientEvents>(to: string | string[], event: E, ...args: Parameters<ServerToClientEvents[E]>): void {
	const io = getRealtime();
	if (!io) return;
	// socket.io's typed emit cannot see through the generic event name.
	(io.to(to).emit as (event: string, ...a: unknown[]) => boolean)(event, ...args);
}

// announceAccessChanged lives in ./actor-refresh.ts: it also refreshes the sockets' actors.
export { announceAccessChanged } from './actor-refresh';

/** Puts the users' live sockets (on every process) into a new chat room and tells their pages. */
export function joinChatRoom(userIds: string[], roomId: string): void {
	const io = getRealtime();
	if (!io || !userIds.length) return;
	const users = userIds.map(rooms.user);
	io.in(users).socketsJoin(rooms.chatRoom(roomId));
	publish(users, 'chat:rooms-changed');
}
