// The whole live path over real sockets: a pupil sends, the teacher's queue hears it, the
// teacher approves over the socket, and a classmate receives it; a report reaches the DSL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestDatabase } from '../support/database';
import type { TestSchool, TestUser } from '../support/factories';
import { ensureClassRoom } from '../../../src/lib/server/messaging/rooms';
import { nextEvent, startLiveSchool, type LiveSchool } from './support';
import { messagingPauses } from '../../../src/lib/server/db/schema';
import { announceAccessChanged } from '../../../src/lib/server/realtime/publish';

let live: LiveSchool;
let t: TestDatabase;
let s: TestSchool;
let roomId: string;
beforeAll(async () => {
	live = await startLiveSchool(3);
	({ t, school: s } = live);
	roomId = (await ensureClassRoom(t.db, s.id, s.classes[0].id)).id;
});
afterAll(() => live?.close());

const join = (user: TestUser) => live.join(user);

describe('live chat over sockets', () => {
	it('carries a message from pupil to queue to classmate, and a report to the DSL', async () => {
		const cls = s.classes[0];
		const [writer, reader, teacher, dsl, outsider] = await Promise.all([
			join(cls.pupils[0]!),
			join(cls.pupils[1]!),
			join(cls.teacher),
			join(s.dsl),
			join(s.classes[1].pupils[0]!)
		]);
		const queued = nextEvent(teacher, 'queue:added');
		const sent = await writer.emitWithAck('chat:send', { roomId, body: 'Our class trip was brilliant', clientKey: 'live-test-0001' });
		expect(sent).toMatchObject({ ok: true, data: { outcome: 'waiting' } });
		const item = await queued;
		expect(item.body).toBe('Our class trip was brilliant');

		const delivered = nextEvent(reader, 'chat:message');
		let outsiderHeard = false;
		outsider.on('chat:message', () => (outsiderHeard = true));
		const approved = await teacher.emitWithAck('moderation:decide', { itemId: item.id, action: 'approve', expectedVersion: item.version });
		expect(approved).toMatchObject({ ok: true, data: { status: 'approved' } });
		const message = await delivered;
		expect(message).toMatchObject({ body: 'Our class trip was brilliant', authorName: 'PupilA1', mine: false });

		const again = await teacher.emitWithAck('moderation:decide', { itemId: item.id, action: 'reject', expectedVersion: item.version, reasonCode: 'off-topic' });
		expect(again.ok).toBe(false);

		const alert = nextEvent(dsl, 'alert:new', (a) => a.kind === 'pupil-report');
		const hidden = nextEvent(writer, 'chat:hidden');
		const reported = await reader.emitWithAck('chat:report', { messageId: message.id, note: 'this made me sad' });
		expect(reported).toEqual({ ok: true, data: { reported: true } });
		expect((await alert).summary).toMatch(/PupilA2 reported a message/);
		expect((await hidden).messageId).toBe(message.id);
		expect(outsiderHeard).toBe(false);
	});

	it('answers bad input with a clear error and changes nothing', async () => {
		const pupil = await join(s.classes[0].pupils[2]!);
		const tooLong = await pupil.emitWithAck('chat:send', { roomId, body: 'x'.repeat(1001), clientKey: 'live-test-long' });
		expect(tooLong).toMatchObject({ ok: false, error: expect.stringMatching(/a bit long/) });
		const wrongType = await pupil.emitWithAck('chat:send', { roomId: 42, body: ['hi'] } as unknown);
		expect(wrongType.ok).toBe(false);
		const notAllowed = await pupil.emitWithAck('moderation:decide', { itemId: roomId, action: 'approve', expectedVersion: 1 });
		expect(notAllowed).toMatchObject({ ok: false });
	});

	it('closes chat on a live socket as soon as a messaging pause is announced', async () => {
		const pupil = s.classes[1].pupils[0]!;
		const roomB = (await ensureClassRoom(t.db, s.id, s.classes[1].id)).id;
		const socket = await join(pupil);
		expect((await socket.emitWithAck('chat:send', { roomId: roomB, body: 'Before the pause', clientKey: 'pause-test-0001' })).ok).toBe(true);
		// The socket keeps its actor between events; what changes access announces it, as the
		// sanction, signing and consent services do after their commit.
		await t.db
			.insert(messagingPauses)
			.values({ schoolId: s.id, pupilId: pupil.id, endsAt: new Date(Date.now() + 86_400_000), reason: 'test', createdBy: s.dsl.id });
		const told = nextEvent(socket, 'access:changed');
		announceAccessChanged([pupil.id]);
		await told;
		const after = await socket.emitWithAck('chat:send', { roomId: roomB, body: 'After the pause', clientKey: 'pause-test-0002' });
		expect(after).toMatchObject({ ok: false });
		// A classmate's socket is not refreshed by it, and still sends.
		const classmate = await join(s.classes[1].pupils[1]!);
		expect((await classmate.emitWithAck('chat:send', { roomId: roomB, body: 'Still here', clientKey: 'pause-test-0003' })).ok).toBe(true);
	}, 30_000);
});
