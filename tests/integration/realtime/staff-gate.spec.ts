// The staff agreement gate holds on sockets as on pages: a member of staff who has not
// signed joins no room that carries pupils' words, hears no waiting message, and cannot
// report (hide) or decide anything; one who was connected when a new version needing a
// signature came out is dropped at once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestDatabase } from '../support/database';
import type { TestSchool, TestUser } from '../support/factories';
import { ensureClassRoom } from '../../../src/lib/server/messaging/rooms';
import { listQueue } from '../../../src/lib/server/moderation/queue';
import { decideItem } from '../../../src/lib/server/moderation/decide';
import { publishNewVersion } from '../../../src/lib/server/agreements/documents';
import { reportMessage } from '../../../src/lib/server/messaging/report';
import { loadActor } from '../../../src/lib/server/auth/actor';
import { AuthorizationError } from '../../../src/lib/server/auth/authorize';
import { DEFAULT_AGREEMENT_TEXTS } from '../../../src/lib/domain/agreements';
import { nextEvent, startLiveSchool, watchDisconnect, type LiveSchool } from './support';

let live: LiveSchool;
let t: TestDatabase;
let s: TestSchool;
let roomId: string;
beforeAll(async () => {
	live = await startLiveSchool(2);
	({ t, school: s } = live);
	roomId = (await ensureClassRoom(t.db, s.id, s.classes[0].id)).id;
}, 180_000);
afterAll(() => live?.close());

const join = (user: TestUser) => live.join(user);

describe('the staff agreement gate on sockets', () => {
	it('keeps an unsigned teacher out of pupils’ rooms, queue, reports and decisions', async () => {
		const cls = s.classes[0];
		const teacher = cls.teacher;
		const writer = await join(cls.pupils[0]!);
		// While signed: a message is approved, so there is something a teacher could report.
		const signedIn = await join(teacher);
		const queued = nextEvent(signedIn, 'queue:added', (i) => i.body === 'Our pond has frogs');
		expect((await writer.emitWithAck('chat:send', { roomId, body: 'Our pond has frogs', clientKey: 'gate-test-0001' })).ok).toBe(true);
		const item = await queued;
		await decideItem(t.db, teacher.actor, { itemId: item.id, action: 'approve', expectedVersion: item.version });
		const approved = await writer.emitWithAck('chat:catch-up', { roomId, afterSeq: 0 });
		const messageId = approved.ok ? approved.data.messages.find((m) => m.body === 'Our pond has frogs')!.id : '';
		expect(messageId).not.toBe('');

		// A new staff agreement that everyone must sign: the connected teacher is dropped at once.
		const dropped = watchDisconnect(signedIn);
		const text = DEFAULT_AGREEMENT_TEXTS.staff;
		await publishNewVersion(t.db, s.admin.actor, { kind: 'staff', text: { ...text, closing: `${text.closing} Thank you.` }, requiresResign: true });
		const publishedAt = Date.now();
		const d = await dropped;
		expect(d).toMatchObject({ how: 'io server disconnect', ended: 'gate-closed' });
		expect(d.at - publishedAt).toBeLessThan(1000);

		// Connecting again, unsigned: no class, moderators or safeguarding room.
		const unsigned = await join(teacher);
		const whoami = await unsigned.emitWithAck('session:whoami');
		expect(whoami.ok).toBe(true);
		const joined = whoami.ok ? whoami.data.rooms : [];
		expect(joined.filter((r) => /^(class|moderators|dsl|room):/.test(r))).toEqual([]);

		// A waiting pupil message does not reach them live.
		let heard = 0;
		unsigned.on('queue:added', () => heard++);
		unsigned.on('chat:message', () => heard++);
		expect((await writer.emitWithAck('chat:send', { roomId, body: 'Frogspawn is jelly', clientKey: 'gate-test-0002' })).ok).toBe(true);
		// Nor can they report (hide) a class message, or decide on the queue.
		const report = await unsigned.emitWithAck('chat:report', { messageId, note: '' });
		expect(report).toMatchObject({ ok: false });
		const waiting = (await listQueue(t.db, { ...teacher.actor })).find((i) => i.body === 'Frogspawn is jelly')!;
		const decided = await unsigned.emitWithAck('moderation:decide', { itemId: waiting.id, action: 'approve', expectedVersion: waiting.version });
		expect(decided).toMatchObject({ ok: false });
		const catchUp = await unsigned.emitWithAck('chat:catch-up', { roomId, afterSeq: 0 });
		expect(catchUp).toMatchObject({ ok: false });
		await new Promise((resolve) => setTimeout(resolve, 300));
		expect(heard).toBe(0);
	}, 60_000);

	it('refuses chat.report to unsigned staff in the service too, and still lets a pupil report', async () => {
		const cls = s.classes[0];
		const unsigned = await loadActor(t.db, {
			id: cls.teacher.id,
			schoolId: s.id,
			username: cls.teacher.username,
			role: 'teacher',
			firstName: 'T',
			surname: 'T'
		});
		expect(unsigned.gate.open).toBe(false);
		const writer = await join(cls.pupils[0]!);
		const history = await writer.emitWithAck('chat:catch-up', { roomId, afterSeq: 0 });
		const message = history.ok ? history.data.messages[0]! : null;
		expect(message).not.toBeNull();
		await expect(reportMessage(t.db, unsigned, { messageId: message!.id, note: '' })).rejects.toBeInstanceOf(AuthorizationError);
		const reader = await join(cls.pupils[1]!);
		expect(await reader.emitWithAck('chat:report', { messageId: message!.id, note: 'I did not like it' })).toMatchObject({ ok: true });
	}, 60_000);
});
