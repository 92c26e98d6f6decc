// Helpers for chat tests: a fresh client key per send, and a class room per class.
import type { Database } from '../../../src/lib/server/db';
import type { Actor } from '../../../src/lib/domain/auth/permissions';
import { ensureClassRoom } from '../../../src/lib/server/messaging/rooms';
import { sendChatMessage } from '../../../src/lib/server/messaging/send-chat';
import type { TestSchool } from '../support/factories';

let n = 0;
export const key = (): string => `k${Date.now().toString(36)}${(n++).toString(36)}xyz`;

export async function classRoomId(db: Database, school: TestSchool, index: 0 | 1): Promise<string> {
	return (await ensureClassRoom(db, school.id, school.classes[index].id)).id;
}

export function send(db: Database, actor: Actor, roomId: string, body: string, now?: Date) {
	return sendChatMessage(db, actor, { roomId, body, clientKey: key() }, now);
}
