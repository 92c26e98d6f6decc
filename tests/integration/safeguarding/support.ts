// Helpers for safeguarding tests: an approved chat message reported by a classmate, which
// gives a review item and a pupil-report alert, as in the school.
import { and, eq } from 'drizzle-orm';
import type { Database } from '../../../src/lib/server/db';
import { safeguardingAlerts } from '../../../src/lib/server/db/schema';
import { listQueue } from '../../../src/lib/server/moderation/queue';
import { decideItem } from '../../../src/lib/server/moderation/decide';
import { reportMessage } from '../../../src/lib/server/messaging/report';
import { readRoom } from '../../../src/lib/server/messaging/history';
import { classRoomId, send } from '../messaging/support';
import type { TestSchool } from '../support/factories';

export async function reportedMessage(db: Database, s: TestSchool, body: string) {
	const A = s.classes[0];
	const roomId = await classRoomId(db, s, 0);
	await send(db, A.pupils[0]!.actor, roomId, body);
	const item = (await listQueue(db, A.teacher.actor)).find((i) => i.body === body)!;
	await decideItem(db, A.teacher.actor, { itemId: item.id, action: 'approve', expectedVersion: item.version });
	const message = (await readRoom(db, A.pupils[1]!.actor, roomId)).messages.find((m) => m.body === body)!;
	await reportMessage(db, A.pupils[1]!.actor, { messageId: message.id, note: 'This upset me' });
	const reportItem = (await listQueue(db, A.teacher.actor)).find((i) => i.targetType === 'report' && i.targetId === message.id)!;
	const [alert] = await db
		.select()
		.from(safeguardingAlerts)
		.where(and(eq(safeguardingAlerts.sourceId, reportItem.id), eq(safeguardingAlerts.kind, 'pupil-report')));
	return { message, reportItem, alert: alert!, writer: A.pupils[0]!, reporter: A.pupils[1]! };
}

export const minutesAgo = (n: number, now = new Date()): Date => new Date(now.getTime() - n * 60_000);
