// The screen inside class chat: a phone number sent in pieces is caught on its last
// piece, self-harm is held (never blocked) and alerts the DSL urgently, and a story
// or an in-school meet-up raises no alert at all.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { openTestDatabase, type TestDatabase } from '../support/database';
import { createTestSchool, type TestSchool } from '../support/factories';
import { classRoomId, send } from '../messaging/support';
import { blockedAttempts, safeguardingAlerts } from '../../../src/lib/server/db/schema';

let t: TestDatabase;
let s: TestSchool;
let room: string;
let otherRoom: string;
beforeAll(async () => {
	t = await openTestDatabase();
	s = await createTestSchool(t.db, 3);
	room = await classRoomId(t.db, s, 0);
	otherRoom = await classRoomId(t.db, s, 1);
});
afterAll(() => t.close());

const alertsFor = (pupilId: string) => t.db.select().from(safeguardingAlerts).where(eq(safeguardingAlerts.pupilId, pupilId));

describe('the screen in class chat', () => {
	it("blocks the last piece of a phone number split across a pupil's messages in one room", async () => {
		const pupil = s.classes[0].pupils[0]!;
		expect((await send(t.db, pupil.actor, room, '07700')).outcome).toBe('waiting');
		expect((await send(t.db, pupil.actor, room, '900')).outcome).toBe('waiting');
		const last = await send(t.db, pupil.actor, room, '123');
		expect(last.outcome).toBe('blocked');
		const [attempt] = await t.db.select().from(blockedAttempts).where(eq(blockedAttempts.authorId, pupil.id));
		expect(attempt?.findings.map((f) => f.rule)).toContain('phone.split-messages');
	});

	it("does not join another pupil's pieces to mine", async () => {
		const a = s.classes[0].pupils[1]!;
		const b = s.classes[0].pupils[2]!;
		await send(t.db, a.actor, room, '07700');
		await send(t.db, a.actor, room, '900');
		expect((await send(t.db, b.actor, room, '456')).outcome).toBe('waiting');
	});

	it('holds self-harm for the teacher and alerts the DSL urgently', async () => {
		const pupil = s.classes[1].pupils[0]!;
		const sent = await send(t.db, pupil.actor, otherRoom, "I don't want to be alive anymore");
		expect(sent.outcome).toBe('waiting');
		const alerts = await alertsFor(pupil.id);
		expect(alerts.map((a) => [a.kind, a.severity])).toEqual([['self-harm', 'urgent']]);
		expect(alerts[0]?.summary).not.toContain('alive');
	});

	it('raises no alert for a story, lesson talk or a meet-up at break', async () => {
		const pupil = s.classes[1].pupils[1]!;
		for (const body of [
			'In my story the villain says meet me at the old bridge at midnight',
			'we learned never to tell anyone your address',
			'meet me at break by the climbing frame'
		]) {
			expect((await send(t.db, pupil.actor, otherRoom, body)).outcome).toBe('waiting');
		}
		expect(await alertsFor(pupil.id)).toEqual([]);
	});
});
