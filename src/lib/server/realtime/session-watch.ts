// The safety net behind the immediate drop (./session-sockets.ts): every SESSION_RECHECK_MS
// each process reads the sessions of all its live sockets in one statement, drops the
// sockets of any that ended (signed out, idle, expired, the account turned off) even if no
// announcement reached this process, and slides, in one more statement, the sessions whose
// sockets were used since the last round (a pupil chatting is using the app). Before, each
// socket read its own session at its first event after 15 s, so a class of thirty made thirty
// reads where one does, and a silent socket was never checked at all.
import type { Server } from 'socket.io';
import { rooms, type SessionEndReason } from '../../realtime/events';
import { validateSessionIds } from '../auth/session';
import { getDb } from '../db';
import { isDatabaseUnavailable } from '../errors';
import { endLocalSockets } from './session-sockets';

// How late a session ended behind the app's back (a script, a lost message between
// processes) is noticed; sign-out and every other ending in the app drop sockets at once.
export const SESSION_RECHECK_MS = 15_000;

export interface SessionWatch {
	/** The socket of this session was used: slide the session at the next round. */
	markUsed(sessionId: string): void;
	stop(): void;
}

export function watchLiveSessions(io: Server, intervalMs = SESSION_RECHECK_MS): SessionWatch {
	let used = new Set<string>();
	let running = false;
	const round = async () => {
		if (running) return;
		running = true;
		const slid = used;
		used = new Set();
		try {
			const live = [...io.of('/').sockets.values()].map((socket) => socket.data.sessionId as string).filter(Boolean);
			if (!live.length) return;
			const checked = await validateSessionIds(getDb(), live, slid);
			const endedByReason = new Map<SessionEndReason, string[]>();
			for (const [id, check] of checked)
				if (check.state !== 'active') endedByReason.set(check.state, [...(endedByReason.get(check.state) ?? []), rooms.session(id)]);
			for (const [reason, targets] of endedByReason) endLocalSockets(io, targets, reason);
		} catch (e) {
			// A database fault is not a sign-out: keep the sockets, and the uses, for the next round.
			for (const id of slid) used.add(id);
			if (!isDatabaseUnavailable(e)) console.error('live session check failed', e);
		} finally {
			running = false;
		}
	};
	const timer = setInterval(() => void round(), intervalMs);
	timer.unref();
	return { markUsed: (id) => used.add(id), stop: () => clearInterval(timer) };
}
