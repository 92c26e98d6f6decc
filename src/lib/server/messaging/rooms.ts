// Chat rooms: each class has one main room (made on first need) and teachers make group
// rooms inside a class. Who may see a room: its class's teachers and the DSL, every pupil
// of the class for the main room, and only listed pupils for a group room.
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { Database, Executor } from '../db';
import { classMemberships, classes, roomMembers, rooms, type Room } from '../db/schema';
import { can, type Actor, type Permission, type Resource } from '../../domain/auth/permissions';
import { assertCan } from '../auth/authorize';
import { currentAcademicYearId } from '../auth/actor';
import { recordAudit } from '../audit/record';
import { InputError, NotFoundError, isUniqueViolation } from '../errors';
import { isUuid } from '../auth/resources';
import { joinChatRoom } from '../realtime/publish';

export interface RoomView {
	id: string;
	name: string;
	kind: 'class' | 'group';
	classId: string;
	className: string;
}

export async function ensureClassRoom(db: Executor, schoolId: string, classId: string): Promise<Room> {
	const [existing] = await db
		.select()
		.from(rooms)
		.where(and(eq(rooms.classId, classId), eq(rooms.kind, 'class')));
	if (existing) return existing;
	await db.insert(rooms).values({ schoolId, classId, name: 'Class chat', kind: 'class' }).onConflictDoNothing();
	const [made] = await db
		.select()
		.from(rooms)
		.where(and(eq(rooms.classId, classId), eq(rooms.kind, 'class')));
	return made!;
}

// Rooms change rarely (made, renamed, archived) and every message reads one, so each is
// kept for 30 seconds; an archived room stops taking messages within that time.
const ROOM_TTL_MS = 30_000;
const roomCache = new Map<string, { room: Promise<Room | undefined>; at: number }>();

function findRoom(db: Executor, roomId: string): Promise<Room | undefined> {
	const hit = roomCache.get(roomId);
	if (hit && Date.now() - hit.at < ROOM_TTL_MS) return hit.room;
	// Calls that arrive while the room is read wait for that read rather than start their own.
	const reading = db
		.select()
		.from(rooms)
		.where(eq(rooms.id, roomId))
		.then(([room]) => room);
	roomCache.set(roomId, { room: reading, at: Date.now() });
	// An unknown room or a failed read is not kept.
	reading.then(
		(room) => room || roomCache.delete(roomId),
		() => roomCache.delete(roomId)
	);
	return reading;
}

/** Loads a room and checks the actor may use it for `permission`; unknown ids are not found. */
export async function openRoom(db: Executor, actor: Actor, roomId: string, permission: Permission): Promise<Room> {
	const room = isUuid(roomId) ? await findRoom(db, roomId) : undefined;
	if (!room || room.archivedAt) throw new NotFoundError('That chat room does not exist.');
	const resource: Resource = { kind: 'class', schoolId: room.schoolId, classId: room.classId };
	assertCan(actor, permission, resource);
	if (room.kind === 'group' && actor.role === 'pupil') {
		const [member] = await db
			.select({ id: roomMembers.id })
			.from(roomMembers)
			.where(and(eq(roomMembers.roomId, room.id), eq(roomMembers.userId, actor.userId)));
		if (!member) throw new NotFoundError('That chat room does not exist.');
	}
	return room;
}

/** The classes whose rooms an actor may read: a pupil's own, a teacher's taught. */
export function roomClassesOf(actor: Actor): readonly string[] {
	return actor.role === 'pupil' ? (actor.classId ? [actor.classId] : []) : actor.teachesClassIds;
}

/**
 * Which of these rooms the actor may read: live rooms of their classes, with `chat.read` on the
 * class, and for a pupil only the class room and the groups they are a member of
 * (`memberOf`, room ids). The one rule for the rooms page and a live socket's rooms.
 */
export function readableRooms<R extends Pick<Room, 'id' | 'kind' | 'classId' | 'archivedAt'>>(
	actor: Actor,
	candidates: readonly R[],
	memberOf: ReadonlySet<string>
): R[] {
	const classIds = roomClassesOf(actor);
	return candidates.filter(
		(r) =>
			r.archivedAt === null &&
			classIds.includes(r.classId) &&
			can(actor, 'chat.read', { kind: 'class', schoolId: actor.schoolId, classId: r.classId }) &&
			(actor.role !== 'pupil' || r.kind === 'class' || memberOf.has(r.id))
	);
}

/** The rooms an actor may read: a pupil's class room and groups, a teacher's classes' rooms. */
export async function listRooms(db: Executor, actor: Actor): Promise<RoomView[]> {
	const classIds = [...roomClassesOf(actor)];
	if (!classIds.length) return [];
	const read = () =>
		db
			.select({ id: rooms.id, name: rooms.name, kind: rooms.kind, classId: rooms.classId, className: classes.name, archivedAt: rooms.archivedAt })
			.from(rooms)
			.innerJoin(classes, eq(classes.id, rooms.classId))
			.where(and(inArray(rooms.classId, classIds), eq(rooms.schoolId, actor.schoolId), isNull(rooms.archivedAt)))
			.orderBy(asc(classes.name), asc(rooms.kind), asc(rooms.name));
	// Every socket connection lists its rooms, so the class room is made only where it is
	// missing (once per class), not written on every connection.
	let rows = await read();
	const missing = classIds.filter((id) => !rows.some((r) => r.classId === id && r.kind === 'class'));
	if (missing.length) {
		for (const classId of missing) await ensureClassRoom(db, actor.schoolId, classId);
		rows = await read();
	}
	const memberOf =
		actor.role === 'pupil'
			? new Set((await db.select({ roomId: roomMembers.roomId }).from(roomMembers).where(eq(roomMembers.userId, actor.userId))).map((m) => m.roomId))
			: new Set<string>();
	return readableRooms(actor, rows, memberOf).map(({ archivedAt: _archived, ...view }) => view);
}

/** A teacher makes a group room inside their class from pupils of that class. */
export async function createGroupRoom(db: Database, actor: Actor, input: { classId: string; name: string; pupilIds: string[] }): Promise<string> {
	const [cls] = await db.select({ schoolId: classes.schoolId }).from(classes).where(eq(classes.id, input.classId));
	if (!cls) throw new NotFoundError('That class does not exist.');
	assertCan(actor, 'chat.groups.manage', { kind: 'class', schoolId: cls.schoolId, classId: input.classId });
	const yearId = await currentAcademicYearId(db, actor.schoolId);
	const members = yearId
		? await db
				.select({ pupilId: classMemberships.pupilId })
				.from(classMemberships)
				.where(and(eq(classMemberships.classId, input.classId), eq(classMemberships.academicYearId, yearId), inArray(classMemberships.pupilId, input.pupilIds)))
		: [];
	if (members.length !== new Set(input.pupilIds).size) throw new InputError('pupilIds', 'Choose pupils from this class only.');
	try {
		const roomId = await db.transaction(async (tx) => {
			const [room] = await tx
				.insert(rooms)
				.values({ schoolId: actor.schoolId, classId: input.classId, name: input.name, kind: 'group', createdBy: actor.userId })
				.returning({ id: rooms.id });
			await tx.insert(roomMembers).values(members.map((m) => ({ schoolId: actor.schoolId, roomId: room!.id, userId: m.pupilId })));
			await recordAudit(tx, {
				schoolId: actor.schoolId,
				actorId: actor.userId,
				action: 'chat.group_created',
				targetType: 'room',
				targetId: room!.id,
				details: { classId: input.classId, name: input.name, pupilIds: input.pupilIds }
			});
			return room!.id;
		});
		// Members already in the class chat see the new group without reconnecting.
		joinChatRoom(
			members.map((m) => m.pupilId),
			roomId
		);
		return roomId;
	} catch (e) {
		if (isUniqueViolation(e)) throw new InputError('name', 'This class already has a group with that name.');
		throw e;
	}
}
