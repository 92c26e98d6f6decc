// What the chat room pages (pupil and staff) share: loading a room with its gate state.
// The routes wrap it (and the send and report actions) with the shared handlers, which
// turn a missing or forbidden room into a 404 or 403.
import type { Database } from '../db';
import type { Actor } from '../../domain/auth/permissions';
import { can } from '../../domain/auth/permissions';
import { getPupilAccess } from '../agreements/gate';
import { listRooms, openRoom } from './rooms';
import { readRoom } from './history';

export async function loadRoomPage(db: Database, actor: Actor, roomId: string) {
	const room = await openRoom(db, actor, roomId, 'chat.read');
	const history = await readRoom(db, actor, roomId);
	const canSend = can(actor, 'chat.send', { kind: 'class', schoolId: room.schoolId, classId: room.classId });
	const closedReasons =
		!canSend && actor.role === 'pupil'
			? (await getPupilAccess(db, actor.schoolId, actor.userId)).missing.map((r) => r.forPupil)
			: canSend
				? []
				: ['Please sign the staff agreement first.'];
	return {
		room: { id: room.id, name: room.name, kind: room.kind, classId: room.classId },
		// The reader's other rooms (a new group appears here live: see chat:rooms-changed).
		rooms: (await listRooms(db, actor)).map((r) => ({ id: r.id, name: r.kind === 'class' ? 'Class chat' : r.name })),
		...history,
		canSend,
		closedReasons,
		canReport: can(actor, 'chat.report', { kind: 'class', schoolId: room.schoolId, classId: room.classId })
	};
}
