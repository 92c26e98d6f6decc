// Live sockets following a class move: every socket of the pupil, on every process (through
// the socket.io adapter), leaves the old class's rooms and joins the new class's, so the
// old class's messages stop reaching them at once. Call after the commit; with no socket
// server running it does nothing and pages read the database as usual.
import { rooms } from '../../realtime/events';
import { getRealtime } from '../realtime/registry';

export function moveLiveSockets(userId: string, leave: string[], join: string[]): void {
	const io = getRealtime();
	if (!io) return;
	const own = io.in(rooms.user(userId));
	for (const room of leave) own.socketsLeave(room);
	if (join.length) own.socketsJoin(join);
}
