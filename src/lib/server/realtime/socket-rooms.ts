// Which socket.io rooms a live socket belongs in, by the same permissions as the pages, so
// the agreements gate holds here too: a member of staff who has not signed joins no room that
// carries pupils' words (the staff room carries none; it is how a new staff agreement reaches
// them). A socket joins them when it connects (roomsFor) and is brought back in line with its
// actor at every permission round (syncSocketRooms, ./actor-rounds.ts): rooms it may no
// longer hear are left, rooms it has gained are joined.
import { can, type Actor } from '../../domain/auth/permissions';
import { isStaff } from '../../domain/auth/roles';
import { rooms } from '../../realtime/events';
import { ownSchool } from '../auth/authorize';
import { getDb } from '../db';
import { listRooms } from '../messaging/rooms';
import type { RealtimeSocket } from './server';

/** The rooms for this actor, given the chat rooms they may read (readableRooms, ../messaging/rooms.ts). */
export function socketRoomsFor(actor: Actor, chatRoomIds: Iterable<string>): string[] {
	const joined = [rooms.user(actor.userId)];
	const school = ownSchool(actor);
	if (isStaff(actor.role)) joined.push(rooms.staffOfSchool(actor.schoolId));
	if (actor.role === 'dsl' && can(actor, 'moderation.queue', school) && can(actor, 'alerts.read', school)) joined.push(rooms.safeguarding(actor.schoolId));
	for (const classId of actor.teachesClassIds) {
		const cls = { kind: 'class' as const, schoolId: actor.schoolId, classId };
		if (can(actor, 'chat.read', cls)) joined.push(rooms.class(classId));
		if (can(actor, 'moderation.decide', cls)) joined.push(rooms.classModerators(classId));
	}
	if (actor.classId) joined.push(rooms.class(actor.classId));
	for (const id of chatRoomIds) joined.push(rooms.chatRoom(id));
	return joined;
}

/** The rooms a socket joins when it connects. */
export async function roomsFor(actor: Actor): Promise<string[]> {
	return socketRoomsFor(
		actor,
		(await listRooms(getDb(), actor)).map((r) => r.id)
	);
}

/**
 * Leaves the rooms the socket is in but should not be, and joins those it should be in but is
 * not. A chat room is left only when it is one of `knownChatRooms` (read in the same round):
 * one made since (a new group joined live) is kept until the next round can judge it. Its own
 * id and session room are not the actor's to decide.
 */
export function syncSocketRooms(socket: RealtimeSocket, target: readonly string[], knownChatRooms: ReadonlySet<string>): void {
	const wanted = new Set(target);
	const own = new Set([socket.id, rooms.session(socket.data.sessionId)]);
	const leave = [...socket.rooms].filter((room) => !own.has(room) && !wanted.has(room) && (!room.startsWith(rooms.chatRoom('')) || knownChatRooms.has(room)));
	for (const room of leave) void socket.leave(room);
	const join = target.filter((room) => !socket.rooms.has(room));
	if (join.length) void socket.join(join);
}
