// Sends fired at the same moment: the 10-a-minute limit and the client key hold, because a
// pupil's send takes its place in the writer's send window and stores the message in one
// statement, which waits for the writer's other sends and gives way to any that came first
// (messaging/store-pending.ts); a staff send that loses the race on the key answers with the
// winner's message. On PostgreSQL these run on
// separate connections; on PGlite one connection serialises them anyway.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, count, eq } from 'drizzle-orm';
import { openTestDatabase, type TestDatabase } from '../support/database';
import { createTestSchool, type TestSchool } from '../support/factories';
import { chatMessages, chatSendWindows } from '../../../src/lib/server/db/schema';
import { sendChatMessage } from '../../../src/lib/server/messaging/send-chat';
import { RateLimitError } from '../../../src/lib/server/errors';
import { classRoomId, key } from './support';

let t: TestDatabase;
let s: TestSchool;
let roomId: string;
beforeAll(async () => {
	t = await openTestDatabase();
	s = await createTestSchool(t.db, 3);
	roomId = await classRoomId(t.db, s, 0);
}, 180_000);
afterAll(async () => t.close());

const stored = async (authorId: string, clientKey?: string) =>
	(
		await t.db
			.select({ n: count() })
			.from(chatMessages)
			.where(clientKey ? and(eq(chatMessages.authorId, authorId), eq(chatMessages.clientKey, clientKey)) : eq(chatMessages.authorId, authorId))
	)[0]!.n;

describe('concurrent sends', () => {
	it('store at most ten of fifteen sent at once by one pupil, and refuse the rest kindly', async () => {
		const pupil = s.classes[0].pupils[0]!;
		const results = await Promise.allSettled(
			Array.from({ length: 15 }, (_, i) => sendChatMessage(t.db, pupil.actor, { roomId, body: `All at once ${i}`, clientKey: key() }))
		);
		const accepted = results.filter((r) => r.status === 'fulfilled');
		const refused = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
		expect(accepted).toHaveLength(10);
		expect(refused).toHaveLength(5);
		for (const r of refused) expect(r.reason).toBeInstanceOf(RateLimitError);
		expect(await stored(pupil.id)).toBe(10);
	});

	it('store exactly ten of twenty sent at once, each once, with one window row counting ten sends', async () => {
		const pupil = s.classes[0].pupils[2]!;
		const results = await Promise.allSettled(
			Array.from({ length: 20 }, (_, i) => sendChatMessage(t.db, pupil.actor, { roomId, body: `Twenty at once ${i}`, clientKey: key() }))
		);
		expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(10);
		for (const r of results) if (r.status === 'rejected') expect(r.reason).toBeInstanceOf(RateLimitError);
		expect(await stored(pupil.id)).toBe(10);
		const [window] = await t.db.select().from(chatSendWindows).where(eq(chatSendWindows.authorId, pupil.id));
		expect(window!.sends).toBe(10);
		expect(window!.recent).toHaveLength(10);
	});

	it("store a pupil's message once when the same send arrives five times at once", async () => {
		const pupil = s.classes[0].pupils[1]!;
		const clientKey = key();
		const results = await Promise.all(
			Array.from({ length: 5 }, () => sendChatMessage(t.db, pupil.actor, { roomId, body: 'Sent on a shaky connection', clientKey }))
		);
		const ids = results.map((r) => (r.outcome === 'waiting' ? r.own.id : null));
		expect(new Set(ids).size).toBe(1);
		expect(ids[0]).toBeTruthy();
		expect(await stored(pupil.id, clientKey)).toBe(1);
	});

	it("store a teacher's message once when the same send arrives five times at once, and never limit teachers", async () => {
		const teacher = s.classes[0].teacher;
		const clientKey = key();
		const same = await Promise.all(
			Array.from({ length: 5 }, () => sendChatMessage(t.db, teacher.actor, { roomId, body: 'Reading time in five minutes', clientKey }))
		);
		const ids = same.map((r) => (r.outcome === 'delivered' ? r.message.id : null));
		expect(new Set(ids).size).toBe(1);
		expect(ids[0]).toBeTruthy();
		expect(await stored(teacher.id, clientKey)).toBe(1);

		const many = await Promise.all(
			Array.from({ length: 15 }, (_, i) => sendChatMessage(t.db, teacher.actor, { roomId, body: `Notice ${i}`, clientKey: key() }))
		);
		expect(many.every((r) => r.outcome === 'delivered')).toBe(true);
		expect(await stored(teacher.id)).toBe(16);
	});
});
