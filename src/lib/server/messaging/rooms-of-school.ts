// The chat rooms behind many live sockets of one school, in at most two statements: the rooms
// of the classes they may read now, and of the rooms they are in (so a room they no longer may
// read is known and can be left), with the pupils' group memberships. readableRooms
// (./rooms.ts) then picks each actor's, by the same rule as their rooms page.
import { and, eq, inArray, or } from 'drizzle-orm';
import type { Executor } from '../db';
import { roomMembers, rooms, type Room } from '../db/schema';
import { isUuid } from '../auth/resources';

export type RoomRow = Pick<Room, 'id' | 'kind' | 'classId' | 'archivedAt'>;

export interface RoomsOfSchool {
	rooms: RoomRow[];
	/** Room ids of the group rooms each pupil asked about belongs to. */
	memberOf: Map<string, Set<string>>;
}

export async function loadRoomsOfSchool(
	db: Executor,
	schoolId: string,
	wanted: { classIds: readonly string[]; roomIds: readonly string[]; pupilIds: readonly string[] }
): Promise<RoomsOfSchool> {
	const classIds = [...new Set(wanted.classIds)];
	const roomIds = [...new Set(wanted.roomIds)].filter(isUuid);
	const pupilIds = [...new Set(wanted.pupilIds)];
	const which = [...(classIds.length ? [inArray(rooms.classId, classIds)] : []), ...(roomIds.length ? [inArray(rooms.id, roomIds)] : [])];
	const [rows, members] = await Promise.all([
		which.length
			? db
					.select({ id: rooms.id, kind: rooms.kind, classId: rooms.classId, archivedAt: rooms.archivedAt })
					.from(rooms)
					.where(and(eq(rooms.schoolId, schoolId), or(...which)))
			: [],
		pupilIds.length
			? db
					.select({ userId: roomMembers.userId, roomId: roomMembers.roomId })
					.from(roomMembers)
					.where(and(eq(roomMembers.schoolId, schoolId), inArray(roomMembers.userId, pupilIds)))
			: []
	]);
	const memberOf = new Map<string, Set<string>>();
	for (const m of members) memberOf.set(m.userId, (memberOf.get(m.userId) ?? new Set()).add(m.roomId));
	return { rooms: rows, memberOf };
}
