// Live pupils' permissions are read for all of them at once each round
// (src/lib/server/realtime/actor-rounds.ts), not per socket: what a pupil loses without
// an announcement (a pause written behind the app's back, a removal from the class) must still
// stop their socket's events within a round, and leave their classmates alone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { TestDatabase } from '../support/database';
import type { TestSchool, TestUser } from '../support/factories';
import { ensureClassRoom } from '../../../src/lib/server/messaging/rooms';
import { classMemberships, messagingPauses } from '../../../src/lib/server/db/schema';
import { loadActor } from '../../../src/lib/server/auth/actor';
import { loadActorsOfSchool } from '../../../src/lib/server/auth/actors-of-school';
import { startLiveSchool, type LiveSchool, type TestSocket } from './support';

// Short, so the test waits a few rounds; production uses ACTOR_ROUND_MS.
const ROUND_MS = 250;

let live: LiveSchool;
let t: TestDatabase;
let s: TestSchool;
beforeAll(async () => {
	live = await startLiveSchool(4, { actorRoundMs: ROUND_MS });
	({ t, school: s } = live);
});
afterAll(() => live?.close());

const join = (user: TestUser) => live.join(user);
const send = (socket: TestSocket, roomId: string, body: string) =>
	socket.emitWithAck('chat:send', { roomId, body, clientKey: `round-${body.replace(/\W/g, '-')}` });
const rounds = (n: number) => new Promise((r) => setTimeout(r, n * ROUND_MS + 150));

describe('live pupils’ permissions read in rounds', () => {
	it('build the same actors as loading each pupil alone', async () => {
		const pupils = [...s.classes[0].pupils, ...s.classes[1].pupils];
		await t.db
			.insert(messagingPauses)
			.values({ schoolId: s.id, pupilId: pupils[1]!.id, endsAt: new Date(Date.now() + 86_400_000), reason: 'test', createdBy: s.dsl.id });
		const together = await loadActorsOfSchool(t.db, s.id, pupils);
		for (const pupil of pupils)
			expect(together.get(pupil.id)).toEqual(
				await loadActor(t.db, { id: pupil.id, schoolId: s.id, role: pupil.role, username: pupil.username, firstName: '', surname: '' })
			);
		await t.db.delete(messagingPauses).where(eq(messagingPauses.pupilId, pupils[1]!.id));
	});

	it('stop a pupil’s chat within a round of an unannounced pause, and not a classmate’s', async () => {
		const cls = s.classes[0];
		const roomId = (await ensureClassRoom(t.db, s.id, cls.id)).id;
		const [paused, classmate] = await Promise.all([join(cls.pupils[2]!), join(cls.pupils[3]!)]);
		expect((await send(paused, roomId, 'before the pause')).ok).toBe(true);
		// Written straight to the database: nothing announces it, only the round can see it.
		await t.db
			.insert(messagingPauses)
			.values({ schoolId: s.id, pupilId: cls.pupils[2]!.id, endsAt: new Date(Date.now() + 86_400_000), reason: 'test', createdBy: s.dsl.id });
		await rounds(2);
		expect(await send(paused, roomId, 'after the pause')).toMatchObject({ ok: false });
		expect((await send(classmate, roomId, 'classmate still here')).ok).toBe(true);
	}, 30_000);

	it('stop a pupil’s chat within a round of an unannounced removal from the class', async () => {
		const cls = s.classes[1];
		const roomId = (await ensureClassRoom(t.db, s.id, cls.id)).id;
		const socket = await join(cls.pupils[0]!);
		expect((await send(socket, roomId, 'before the move')).ok).toBe(true);
		await t.db.delete(classMemberships).where(and(eq(classMemberships.pupilId, cls.pupils[0]!.id), eq(classMemberships.classId, cls.id)));
		await rounds(2);
		expect(await send(socket, roomId, 'after the move')).toMatchObject({ ok: false });
	}, 30_000);
});
