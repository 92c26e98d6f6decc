// What the chat room pages (pupil and staff) share: loading a room with its gate state,
// and the send and report form actions. Routes guard first, then call these.
import { error } from '@sveltejs/kit';
import type { Database } from '../db';
import type { Actor } from '../../domain/auth/permissions';
import { can } from '../../domain/auth/permissions';
import { sendChatSchema, reportSchema } from '../../domain/messaging/inputs';
import { AuthorizationError } from '../auth/authorize';
import { NotFoundError, RateLimitError } from '../errors';
import { failFromServiceError, parseForm } from '../http/forms';
import { getPupilAccess } from '../agreements/gate';
import { listRooms, openRoom } from './rooms';
import { readRoom } from './history';
import { sendChatMessage } from './send-chat';
import { reportMessage } from './report';
import { fail } from '@sveltejs/kit';

export async function loadRoomPage(db: Database, actor: Actor, roomId: string) {
	try {
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
	} catch (e) {
		if (e instanceof NotFoundError) error(404, e.message);
		if (e instanceof AuthorizationError) error(e.status, e.message);
		throw e;
	}
}

export async function sendFromForm(db: Database, actor: Actor, request: Request) {
	const parsed = await parseForm(request, sendChatSchema);
	if (!parsed.ok) return parsed.failure;
	try {
		return { result: await sendChatMessage(db, actor, parsed.data) };
	} catch (e) {
		if (e instanceof RateLimitError) return fail(429, { errors: { body: e.message }, values: {} });
		if (e instanceof AuthorizationError) return fail(403, { errors: { form: e.message }, values: {} });
		return failFromServiceError(e, parsed.form);
	}
}

export async function reportFromForm(db: Database, actor: Actor, request: Request) {
	const parsed = await parseForm(request, reportSchema);
	if (!parsed.ok) return parsed.failure;
	try {
		await reportMessage(db, actor, parsed.data);
		return { reported: true };
	} catch (e) {
		if (e instanceof AuthorizationError) return fail(403, { errors: { form: e.message }, values: {} });
		return failFromServiceError(e, parsed.form);
	}
}
