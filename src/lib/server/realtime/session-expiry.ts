// A silent socket is dropped when its session's time is up, without waiting for an event:
// one timer per socket, set for the moment the session would end if unused. When it fires
// the session is read again without sliding it (a socket's timer is not someone using the
// app); if pages or events have slid it meanwhile, the timer is set for the new moment.
import { validateSessionId } from '../auth/session';
import { getDb } from '../db';
import type { RealtimeSocket } from './server';

// Node timers cannot wait longer than about 24.8 days; sessions never last that long.
const MAX_TIMER_MS = 2 ** 31 - 1;
// A few milliseconds past the deadline, so the re-read is sure to see it passed.
const MARGIN_MS = 5;
// A database fault delays the check rather than signing everyone out.
const RETRY_MS = 1000;

export function watchSessionExpiry(socket: RealtimeSocket, deadline: Date): void {
	let timer: NodeJS.Timeout | undefined;
	const schedule = (at: Date) => {
		const wait = Math.min(Math.max(at.getTime() - Date.now() + MARGIN_MS, 0), MAX_TIMER_MS);
		timer = setTimeout(() => void check(), wait);
	};
	const check = async () => {
		const result = await validateSessionId(getDb(), socket.data.sessionId, new Date(), { touch: false }).catch(() => null);
		if (!socket.connected) return;
		if (!result) return schedule(new Date(Date.now() + RETRY_MS));
		if (result.state === 'active') return schedule(result.deadline);
		socket.emit('session:ended', result.state);
		socket.disconnect(true);
	};
	socket.once('disconnect', () => clearTimeout(timer));
	schedule(deadline);
}
