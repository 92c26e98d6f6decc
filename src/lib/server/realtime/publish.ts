// Publishing to sockets, always after the database commit that made the change. With no
// socket server running (scripts, tests of services alone) publishing does nothing: the
// database is the source of truth and clients catch up from it.
import type { ServerToClientEvents } from '../../realtime/events';
import { getRealtime } from './registry';

export function publish<E extends keyof ServerToClientEvents>(
	to: string | string[],
	event: E,
	...args: Parameters<ServerToClientEvents[E]>
): void {
	const io = getRealtime();
	if (!io) return;
	// socket.io's typed emit cannot see through the generic event name.
	(io.to(to).emit as (event: string, ...a: unknown[]) => boolean)(event, ...args);
}
