// The chat path on a real database: screen, queue, decide, deliver, in order, with every
// step audited and every boundary tried from the wrong side.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, count, eq } from 'drizzle-orm';
import { openTestDatabase, type TestDatabase } from '../support/database';
import { createTestSchool, type TestSchool } from '../support/factories';
import { classRoomId, key, send } from './support';
import { sendChatMessage } from '../../../src/lib/server/messaging/send-chat';
import { catchUpRoom, readRoom } from '../../../src/lib/server/messaging/history';
import { listQueue } from '../../../src/lib/server/moderation/queue';
import { decideItem } from '../../../src/lib/server/moderation/decide';
import { sendClassEmail } from '../../../src/lib/server/email/send-email';
import { withMailDomain } from '../email/support';
import { auditLog, blockedAttempts, chatMessages, reviewHistory, safeguardingAlerts } from '../../../src/lib/server/db/schema';
import { AuthorizationError } from '../../../src/lib/server/auth/authorize';
import { ConflictError, InputError, NotFoundError, RateLimitError } from '../../../src/lib/server/errors';

let t: TestDatabase;
let s: TestSchool;
let other: TestSchool;
let roomA: string;
beforeAll(async () => {
	t = await openTestDatabase();
	s = await createTestSchool(t.db, 3);
	other = await createTestSchool(t.db, 1);
	roomA = await classRoomId(t.db, s, 0);
});
afterAll(() => t.close());

const A = () => s.classes[0];

describe('a pupil message', () => {
	it('waits for the teacher, then reaches the class by first name when approved', async () => {
		const writer = A().pupils[0]!;
		const reader = A().pupils[1]!;
		const sent = await send(t.db, writer.actor, roomA, 'I finished my story about the Romans');
		expect(sent.outcome).toBe('waiting');
		expect((await readRoom(t.db, reader.actor, roomA)).messages.map((m) => m.body)).not.toContain('I finished my story about the Romans');
		expect((await readRoom(t.db, writer.actor, roomA)).own.map((o) => o.status)).toContain('pending');

		const queue = await listQueue(t.db, A().teacher.actor);
		const item = queue.find((i) => i.body === 'I finished my story about the Romans')!;
		expect(item.actions).toEqual(['approve', 'reject', 'escalate']);
		expect(item.authorName).toBe('PupilA1 SurnameA1');
		const outcome = await decideItem(t.db, A().teacher.actor, { itemId: item.id, action: 'approve', expectedVersion: item.version });
		expect(outcome.status).toBe('approved');

		const seen = (await readRoom(t.db, reader.actor, roomA)).messages.find((m) => m.body === 'I finished my story about the Romans')!;
		expect(seen.authorName).toBe('PupilA1');
		expect(seen.seq).toBeGreaterThan(0);
		const audits = await t.db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.targetId, seen.id));
		expect(audits.map((a) => a.action).sort()).toEqual(['chat.message_submitted', 'moderation.approve']);
	});

	it('is blocked at once for a phone number, stored for the DSL and never queued', async () => {
		const writer = A().pupils[1]!;
		const sent = await send(t.db, writer.actor, roomA, 'ring me on 07700 900123 tonight');
		expect(sent.outcome).toBe('blocked');
		if (sent.outcome !== 'blocked') return;
		expect(sent.own.reason).toMatch(/phone number/i);
		expect(sent.own.findings[0]).toMatchObject({ kind: 'phone', start: 11, end: 23 });
		const [stored] = await t.db.select({ n: count() }).from(chatMessages).where(eq(chatMessages.authorId, writer.id));
		expect(stored?.n).toBe(0);
		const [attempt] = await t.db.select().from(blockedAttempts).where(eq(blockedAttempts.authorId, writer.id));
		expect(attempt?.kinds).toEqual(['phone']);
		expect((await listQueue(t.db, A().teacher.actor)).some((i) => i.body.includes('07700'))).toBe(false);
	});

	it('alerts the DSL on the third blocked personal detail in a week', async () => {
		const writer = A().pupils[2]!;
		const alertsFor = async () =>
			(
				await t.db
					.select()
					.from(safeguardingAlerts)
					.where(and(eq(safeguardingAlerts.pupilId, writer.id), eq(safeguardingAlerts.kind, 'repeated-blocked-details')))
			).length;
		await send(t.db, writer.actor, roomA, 'my number is 07700 900456');
		await send(t.db, writer.actor, roomA, 'email me sam at gmail dot com');
		expect(await alertsFor()).toBe(0);
		await send(t.db, writer.actor, roomA, 'I live at 14 Elm Road');
		expect(await alertsFor()).toBe(1);
		const [alert] = await t.db
			.select()
			.from(safeguardingAlerts)
			.where(and(eq(safeguardingAlerts.pupilId, writer.id), eq(safeguardingAlerts.kind, 'repeated-blocked-details')));
		expect(alert?.summary).toMatch(/3 times in 7 days \(.+ chat\)\.$/);
	});

	it('names every place the blocked attempts were made, not only the latest', async () => {
		const writer = s.classes[1].pupils[0]!;
		const roomB = await classRoomId(t.db, s, 1);
		await withMailDomain(t.db, s);
		await send(t.db, writer.actor, roomB, 'my number is 07700 900457');
		await send(t.db, writer.actor, roomB, 'I live at 15 Elm Road');
		const emailed = await sendClassEmail(t.db, writer.actor, s.classes[1].id, {
			to: `class:${A().id}`,
			subject: 'Hello',
			body: 'my postcode is SW1A 2AA',
			clientKey: key()
		});
		expect(emailed.outcome).toBe('blocked');
		const [alert] = await t.db
			.select()
			.from(safeguardingAlerts)
			.where(and(eq(safeguardingAlerts.pupilId, writer.id), eq(safeguardingAlerts.kind, 'repeated-blocked-details')));
		expect(alert?.summary).toMatch(/3 times in 7 days \(.+ chat and class email\)\.$/);
	});

	it('returns to its writer with the reason when rejected', async () => {
		const writer = A().pupils[0]!;
		const sent = await send(t.db, writer.actor, roomA, 'you are so stupid');
		expect(sent.outcome).toBe('waiting');
		const item = (await listQueue(t.db, A().teacher.actor)).find((i) => i.body === 'you are so stupid')!;
		expect(item.verdict).toBe('hold');
		expect(item.findings[0]?.kind).toBe('unkind');
		await expect(decideItem(t.db, A().teacher.actor, { itemId: item.id, action: 'reject', expectedVersion: item.version })).rejects.toBeInstanceOf(InputError);
		await decideItem(t.db, A().teacher.actor, { itemId: item.id, action: 'reject', expectedVersion: item.version, reasonCode: 'might-upset' });
		const own = (await readRoom(t.db, writer.actor, roomA)).own.find((o) => o.body === 'you are so stupid')!;
		expect(own.status).toBe('rejected');
		expect(own.reason).toMatch(/kinder way/);
	});

	it('is stored once however often the same send is retried', async () => {
		const writer = A().pupils[1]!;
		const clientKey = key();
		await sendChatMessage(t.db, writer.actor, { roomId: roomA, body: 'Retry me', clientKey });
		await sendChatMessage(t.db, writer.actor, { roomId: roomA, body: 'Retry me', clientKey });
		const [rows] = await t.db.select({ n: count() }).from(chatMessages).where(eq(chatMessages.clientKey, clientKey));
		expect(rows?.n).toBe(1);
	});

	it('is limited to ten a minute, kindly', async () => {
		const writer = A().pupils[1]!;
		const now = new Date(Date.now() + 3600_000);
		for (let i = 0; i < 10; i++) await send(t.db, writer.actor, roomA, `message number ${i}`, now);
		await expect(send(t.db, writer.actor, roomA, 'one more', now)).rejects.toBeInstanceOf(RateLimitError);
	});

	it('counts blocked attempts towards the ten a minute', async () => {
		const writer = A().pupils[2]!;
		const now = new Date(Date.now() + 7200_000);
		for (let i = 0; i < 8; i++) await send(t.db, writer.actor, roomA, `fine message ${i}`, now);
		for (let i = 0; i < 2; i++) expect((await send(t.db, writer.actor, roomA, `ring me on 07700 90012${i}`, now)).outcome).toBe('blocked');
		await expect(send(t.db, writer.actor, roomA, 'one more', now)).rejects.toBeInstanceOf(RateLimitError);
		// A minute later there is room again.
		expect((await send(t.db, writer.actor, roomA, 'after a break', new Date(now.getTime() + 61_000))).outcome).toBe('waiting');
	});
});

describe('deciding', () => {
	it('lets only one of two deciders win; the other gets a clear conflict', async () => {
		await send(t.db, A().pupils[0]!.actor, roomA, 'Two teachers look at this');
		const item = (await listQueue(t.db, A().teacher.actor)).find((i) => i.body === 'Two teachers look at this')!;
		const results = await Promise.allSettled([
			decideItem(t.db, A().teacher.actor, { itemId: item.id, action: 'approve', expectedVersion: item.version }),
			decideItem(t.db, A().teacher.actor, { itemId: item.id, action: 'reject', expectedVersion: item.version, reasonCode: 'off-topic' })
		]);
		expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
		const lost = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
		expect(lost.reason).toBeInstanceOf(ConflictError);
		const history = await t.db.select().from(reviewHistory).where(eq(reviewHistory.itemId, item.id));
		expect(history.map((h) => h.action).sort()).toHaveLength(2);
		// The winner's decision is written whole, the loser's not at all: one audit entry, and the message as the winner left it.
		const won = (results.find((r) => r.status === 'fulfilled') as PromiseFulfilledResult<{ status: string }>).value.status;
		const audits = await t.db.select().from(auditLog).where(eq(auditLog.targetId, item.targetId));
		expect(audits.filter((a) => a.action.startsWith('moderation.')).map((a) => a.action)).toEqual([
			won === 'approved' ? 'moderation.approve' : 'moderation.reject'
		]);
		const [message] = await t.db.select().from(chatMessages).where(eq(chatMessages.id, item.targetId));
		expect(message!.status).toBe(won);
		expect(message!.deliveredSeq !== null).toBe(won === 'approved');
	});

	it('escalates to the DSL, who then decides', async () => {
		await send(t.db, A().pupils[0]!.actor, roomA, 'Something worrying happened online');
		const item = (await listQueue(t.db, A().teacher.actor)).find((i) => i.body === 'Something worrying happened online')!;
		await decideItem(t.db, A().teacher.actor, { itemId: item.id, action: 'escalate', expectedVersion: item.version, note: 'Please look' });
		expect((await listQueue(t.db, A().teacher.actor)).some((i) => i.id === item.id)).toBe(false);
		const dslItem = (await listQueue(t.db, s.dsl.actor)).find((i) => i.id === item.id)!;
		expect(dslItem.actions).toEqual(['approve', 'reject']);
		const [alert] = await t.db.select().from(safeguardingAlerts).where(eq(safeguardingAlerts.sourceId, item.id));
		expect(alert?.kind).toBe('teacher-escalation');
		await decideItem(t.db, s.dsl.actor, { itemId: item.id, action: 'approve', expectedVersion: dslItem.version });
	});

	it("refuses another class's teacher, another school's DSL and a pupil", async () => {
		await send(t.db, A().pupils[1]!.actor, roomA, 'Only my teacher decides');
		const item = (await listQueue(t.db, A().teacher.actor)).find((i) => i.body === 'Only my teacher decides')!;
		const input = { itemId: item.id, action: 'approve' as const, expectedVersion: item.version };
		await expect(decideItem(t.db, s.classes[1].teacher.actor, input)).rejects.toBeInstanceOf(AuthorizationError);
		await expect(decideItem(t.db, other.dsl.actor, input)).rejects.toBeInstanceOf(AuthorizationError);
		await expect(decideItem(t.db, A().pupils[0]!.actor, input)).rejects.toBeInstanceOf(AuthorizationError);
		// A DSL decides only what was escalated.
		await expect(decideItem(t.db, s.dsl.actor, input)).rejects.toBeInstanceOf(AuthorizationError);
		expect((await listQueue(t.db, s.classes[1].teacher.actor)).some((i) => i.id === item.id)).toBe(false);
		expect((await listQueue(t.db, A().teacher.actor)).find((i) => i.id === item.id)?.version).toBe(item.version);
	});
});

describe('rooms', () => {
	it("refuses a pupil another class's room and another school's", async () => {
		const roomB = await classRoomId(t.db, s, 1);
		await expect(send(t.db, A().pupils[0]!.actor, roomB, 'hello B')).rejects.toBeInstanceOf(AuthorizationError);
		await expect(readRoom(t.db, A().pupils[0]!.actor, roomB)).rejects.toBeInstanceOf(AuthorizationError);
		const otherRoom = await classRoomId(t.db, other, 0);
		await expect(send(t.db, A().pupils[0]!.actor, otherRoom, 'hello')).rejects.toBeInstanceOf(AuthorizationError);
		await expect(readRoom(t.db, A().parent.actor, roomA)).rejects.toBeInstanceOf(AuthorizationError);
		await expect(send(t.db, A().pupils[0]!.actor, '00000000-0000-4000-8000-000000000000', 'x')).rejects.toBeInstanceOf(NotFoundError);
	});

	it("delivers a teacher's own message straight away", async () => {
		const sent = await send(t.db, A().teacher.actor, roomA, 'Good morning, Class A!');
		expect(sent.outcome).toBe('delivered');
		const seen = (await readRoom(t.db, A().pupils[2]!.actor, roomA)).messages.find((m) => m.body === 'Good morning, Class A!');
		expect(seen?.authorIsStaff).toBe(true);
	});

	it('lets a reconnecting client catch up from the last change it saw', async () => {
		const before = await readRoom(t.db, A().pupils[2]!.actor, roomA);
		await send(t.db, A().teacher.actor, roomA, 'Sent while you were away');
		const caught = await catchUpRoom(t.db, A().pupils[2]!.actor, roomA, before.cursor);
		expect(caught.messages.map((m) => m.body)).toEqual(['Sent while you were away']);
		expect(caught).toMatchObject({ hidden: [], complete: true, cursor: before.cursor + 1 });
	});
});
