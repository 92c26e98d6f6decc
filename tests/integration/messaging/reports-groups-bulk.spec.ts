// Reports, group rooms and bulk approval, each tried from the wrong side too.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { openTestDatabase, type TestDatabase } from '../support/database';
import { createTestSchool, type TestSchool } from '../support/factories';
import { classRoomId, send } from './support';
import { readRoom } from '../../../src/lib/server/messaging/history';
import { reportMessage } from '../../../src/lib/server/messaging/report';
import { createGroupRoom, listRooms } from '../../../src/lib/server/messaging/rooms';
import { listQueue } from '../../../src/lib/server/moderation/queue';
import { decideItem } from '../../../src/lib/server/moderation/decide';
import { bulkApproveClean } from '../../../src/lib/server/moderation/bulk';
import { reviewHistory, safeguardingAlerts } from '../../../src/lib/server/db/schema';
import { AuthorizationError } from '../../../src/lib/server/auth/authorize';
import { InputError, NotFoundError } from '../../../src/lib/server/errors';

let t: TestDatabase;
let s: TestSchool;
let roomA: string;
beforeAll(async () => {
	t = await openTestDatabase();
	s = await createTestSchool(t.db, 3);
	roomA = await classRoomId(t.db, s, 0);
});
afterAll(() => t.close());

const A = () => s.classes[0];

async function approved(body: string, writer = A().pupils[0]!) {
	await send(t.db, writer.actor, roomA, body);
	const item = (await listQueue(t.db, A().teacher.actor)).find((i) => i.body === body)!;
	await decideItem(t.db, A().teacher.actor, { itemId: item.id, action: 'approve', expectedVersion: item.version });
	return (await readRoom(t.db, A().pupils[1]!.actor, roomA)).messages.find((m) => m.body === body)!;
}

describe('reports', () => {
	it('hide the message, reach the teacher and the DSL, and reopen one item on a second report', async () => {
		const message = await approved('A message someone will report');
		await reportMessage(t.db, A().pupils[1]!.actor, { messageId: message.id, note: 'not nice' });
		expect((await readRoom(t.db, A().pupils[2]!.actor, roomA)).messages.some((m) => m.id === message.id)).toBe(false);
		const item = (await listQueue(t.db, A().teacher.actor)).find((i) => i.targetType === 'report' && i.targetId === message.id)!;
		expect(item.reportNotes).toEqual(['PupilA2: not nice']);
		const [alert] = await t.db.select().from(safeguardingAlerts).where(eq(safeguardingAlerts.sourceId, item.id));
		expect(alert?.kind).toBe('pupil-report');

		// The teacher finds the report was not needed: the message is visible again.
		await decideItem(t.db, A().teacher.actor, { itemId: item.id, action: 'dismiss', expectedVersion: item.version });
		expect((await readRoom(t.db, A().pupils[2]!.actor, roomA)).messages.some((m) => m.id === message.id)).toBe(true);

		// A second pupil reports it: the same item reopens.
		await reportMessage(t.db, A().pupils[2]!.actor, { messageId: message.id, note: '' });
		const reopened = (await listQueue(t.db, A().teacher.actor)).filter((i) => i.targetId === message.id);
		expect(reopened).toHaveLength(1);
		expect(reopened[0]!.id).toBe(item.id);
		const history = await t.db.select({ action: reviewHistory.action }).from(reviewHistory).where(eq(reviewHistory.itemId, item.id));
		expect(history.map((h) => h.action)).toEqual(['submit', 'dismiss', 'reopen']);
	});

	it('refuse a message from another class, another school, or one still waiting', async () => {
		const other = await createTestSchool(t.db, 1);
		const message = await approved('Only Class A can report this');
		await expect(reportMessage(t.db, s.classes[1].pupils[0]!.actor, { messageId: message.id, note: '' })).rejects.toBeInstanceOf(AuthorizationError);
		await expect(reportMessage(t.db, other.classes[0].pupils[0]!.actor, { messageId: message.id, note: '' })).rejects.toBeInstanceOf(AuthorizationError);
		await send(t.db, A().pupils[0]!.actor, roomA, 'Still waiting for approval');
		const waiting = (await listQueue(t.db, A().teacher.actor)).find((i) => i.body === 'Still waiting for approval')!;
		await expect(reportMessage(t.db, A().pupils[1]!.actor, { messageId: waiting.targetId, note: '' })).rejects.toBeInstanceOf(NotFoundError);
	});
});

describe('group rooms', () => {
	it('are seen only by their members and the class teacher', async () => {
		const [p1, p2, p3] = [A().pupils[0]!, A().pupils[1]!, A().pupils[2]!];
		const groupId = await createGroupRoom(t.db, A().teacher.actor, { classId: A().id, name: 'Science group', pupilIds: [p1.id, p2.id] });
		expect((await listRooms(t.db, p1.actor)).map((r) => r.name)).toContain('Science group');
		expect((await listRooms(t.db, p3.actor)).map((r) => r.name)).not.toContain('Science group');
		await expect(readRoom(t.db, p3.actor, groupId)).rejects.toBeInstanceOf(NotFoundError);
		await expect(send(t.db, p3.actor, groupId, 'let me in')).rejects.toBeInstanceOf(NotFoundError);
		expect((await send(t.db, p1.actor, groupId, 'Our volcano works')).outcome).toBe('waiting');
	});

	it('cannot be made by another class teacher or hold pupils from another class', async () => {
		await expect(createGroupRoom(t.db, s.classes[1].teacher.actor, { classId: A().id, name: 'Sneaky', pupilIds: [A().pupils[0]!.id] })).rejects.toBeInstanceOf(
			AuthorizationError
		);
		await expect(createGroupRoom(t.db, A().teacher.actor, { classId: A().id, name: 'Mixed', pupilIds: [s.classes[1].pupils[0]!.id] })).rejects.toBeInstanceOf(
			InputError
		);
		expect((await listRooms(t.db, A().teacher.actor)).map((r) => r.name)).not.toContain('Mixed');
	});
});

describe('bulk approve', () => {
	it('approves only what the screen found clean', async () => {
		await send(t.db, A().pupils[1]!.actor, roomA, 'Clean message one');
		await send(t.db, A().pupils[2]!.actor, roomA, 'you are so stupid and horrible');
		const queue = await listQueue(t.db, A().teacher.actor);
		const chosen = queue.filter((i) => ['Clean message one', 'you are so stupid and horrible'].includes(i.body));
		const result = await bulkApproveClean(
			t.db,
			A().teacher.actor,
			chosen.map((i) => ({ itemId: i.id, expectedVersion: i.version }))
		);
		expect(result.approved).toHaveLength(1);
		expect(result.skipped).toEqual([{ itemId: chosen.find((i) => i.verdict === 'hold')!.id, why: 'held by the screen: needs a look' }]);
		const still = await listQueue(t.db, A().teacher.actor);
		expect(still.some((i) => i.body === 'you are so stupid and horrible')).toBe(true);
		expect(still.some((i) => i.body === 'Clean message one')).toBe(false);
	});
});
