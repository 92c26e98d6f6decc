// Live pupils' actors, read again together: every PUPIL_ACTOR_ROUND_MS each process loads
// the actors (class and agreements gate) of all its pupils' sockets with a few statements per
// school (../auth/actor.ts loadPupilActors), where each socket used to read its own (nine
// statements) every minute. This is the timer behind the announcements (./actor-refresh.ts),
// for what changes without one: a pause or a consent running out, a pupil moved by an
// import, a row changed behind the app's back. Staff keep their own reload in ./server.ts:
// they are few, and a closed gate changes their rooms.
import type { Server } from 'socket.io';
import { loadPupilActors } from '../auth/actor';
import { getDb } from '../db';
import { isDatabaseUnavailable } from '../errors';
import type { RealtimeSocket } from './server';

// Half the per-socket safety net (ACTOR_RELOAD_MS), so a round always lands before it fires.
export const PUPIL_ACTOR_ROUND_MS = 30_000;

function pupilSocketsBySchool(io: Server): Map<string, RealtimeSocket[]> {
	const bySchool = new Map<string, RealtimeSocket[]>();
	for (const socket of io.of('/').sockets.values() as Iterable<RealtimeSocket>) {
		const user = socket.data.user;
		if (user?.role !== 'pupil') continue;
		bySchool.set(user.schoolId, [...(bySchool.get(user.schoolId) ?? []), socket]);
	}
	return bySchool;
}

async function refreshSchool(schoolId: string, sockets: readonly RealtimeSocket[], started: number): Promise<void> {
	const actors = await loadPupilActors(getDb(), schoolId, [...new Set(sockets.map((s) => s.data.user.id))], new Date(started));
	for (const socket of sockets) {
		// A change announced meanwhile, or a socket that read its own since: theirs is as new.
		if (socket.data.actorStale || (socket.data.actorAt ?? 0) > started) continue;
		const actor = actors.get(socket.data.user.id);
		if (!actor) continue;
		socket.data.actor = actor;
		socket.data.actorAt = started;
	}
}

export function refreshPupilActorsEvery(io: Server, intervalMs = PUPIL_ACTOR_ROUND_MS): { stop(): void } {
	let running = false;
	const round = async () => {
		if (running) return;
		running = true;
		const started = Date.now();
		try {
			// A failed school leaves its sockets to their own reload (ACTOR_RELOAD_MS), as before.
			for (const [schoolId, sockets] of pupilSocketsBySchool(io))
				await refreshSchool(schoolId, sockets, started).catch((e: unknown) => {
					if (!isDatabaseUnavailable(e)) console.error('live pupils’ permission refresh failed', e);
				});
		} finally {
			running = false;
		}
	};
	const timer = setInterval(() => void round(), intervalMs);
	timer.unref();
	return { stop: () => clearInterval(timer) };
}
