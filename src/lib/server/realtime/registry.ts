// Where the running socket server is kept, so services can publish without importing the
// socket server module (and its handlers) themselves. On globalThis because the production
// entry and the SvelteKit bundle each load their own copy of this module.
import type { Server } from 'socket.io';

const KEY = Symbol.for('safe-classroom.realtime');

export function registerRealtime(io: Server): void {
	(globalThis as Record<symbol, unknown>)[KEY] = io;
}

export function getRealtime(): Server | undefined {
	return (globalThis as Record<symbol, unknown>)[KEY] as Server | undefined;
}
