// Where the running socket server is kept, so services can publish without importing the
// socket server module (and its handlers) themselves. On globalThis because the production
// entry and the SvelteKit bundle each load their own copy of this module.
import type { Server } from 'socket.io';

const KEY = Symbol.for('safe-classroom.realtime');
const SHARED = Symbol.for('safe-classroom.realtime.shared');

/** `shared`: an adapter carries events to other app processes. */
export function registerRealtime(io: Server, shared = false): void {
	(globalThis as Record<symbol, unknown>)[KEY] = io;
	(globalThis as Record<symbol, unknown>)[SHARED] = shared;
}

export function getRealtime(): Server | undefined {
	return (globalThis as Record<symbol, unknown>)[KEY] as Server | undefined;
}

/** Whether other app processes share this one's events (server-side events need it). */
export function realtimeIsShared(): boolean {
	return (globalThis as Record<symbol, unknown>)[SHARED] === true;
}
