// The typed socket contract shared by browser and server. Each feature adds its events
// here; docs/realtime.md describes them for other clients.
import type { Role } from '../domain/auth/roles';

export interface SessionInfo {
	userId: string;
	role: Role;
	schoolId: string;
}

export type Ack<T> = (reply: { ok: true; data: T } | { ok: false; error: string }) => void;

export interface ServerToClientEvents {
	/** Sent once the handshake succeeded and the socket joined its rooms. */
	'session:ready': (info: SessionInfo) => void;
	/** The session ended (signed out, idle-locked, password changed): the client should reload. */
	'session:ended': (reason: 'idle-locked' | 'expired' | 'unknown') => void;
}

export interface ClientToServerEvents {
	/** Who am I, and which rooms am I in? Used by clients to confirm a live connection. */
	'session:whoami': (ack: Ack<SessionInfo & { rooms: string[] }>) => void;
}

/** Room names, one place so server and tests agree. */
export const rooms = {
	user: (userId: string): string => `user:${userId}`,
	class: (classId: string): string => `class:${classId}`,
	staffOfSchool: (schoolId: string): string => `staff:${schoolId}`
};
