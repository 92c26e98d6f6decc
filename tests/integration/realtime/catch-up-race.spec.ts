// Catch-up without a gap. A reader disconnects and reconnects in the middle of a stream of
// approvals and asks for catch-up the moment it connects (as the browser does); a message
// already delivered is reported (hidden) while it is away. With the browser's own timeline
// (src/lib/realtime/room-timeline.ts) it must end with every approved message exactly
// once, the hidden one replayed as hidden, and without needing a second catch-up: the
// server joins a socket to its rooms before answering, so what the page misses arrives
// live. Twenty runs in a row, with the disconnect at a different point each time.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { io as connect } from 'socket.io-client';
import { openTestDatabase, type TestDatabase } from '../support/database';
import { createTestSchool, type TestSchool } from '../support/factories';
import type { RealtimeServer } from '../../../src/lib/server/realtime/server';
import { ensureClassRoom } from '../../../src/lib/server/messaging/rooms';
import { readRoom } from '../../../src/lib/server/messaging/history';
import { reportMessage } from '../../../src/lib/server/messaging/report';
import { decideItem } from '../../../src/lib/server/moderation/decide';
import { listQueue } from '../../../src/lib/server/moderation/queue';
import { createSession, generateSessionToken } from '../../../src/lib/server/auth/session';
import { RoomTimeline, catchUpTimeline } from '../../../src/lib/realtime/room-timeline';
import type { ChatMessageView } from '../../../src/lib/realtime/events';
import { send } from '../messaging/support';
import { startRealtimeServer, type TestSocket } from './support';

const RUNS = 20;
const PER_RUN = 8;
let t: TestDatabase;
let s: TestSchool;
let io: RealtimeServer;
let base: string;
let roomId: string;
let clock = Date.now() - 365 * 86_400_000;

beforeAll(async () => {
	t = await openTestDatabase();
	s = await createTestSchool(t.db, 4);
	roomId = (await ensureClassRoom(t.db, s.id, s.classes[0].id)).id;
	({ io, base } = await startRealtimeServer());
}, 60_000);
afterAll(async () => {
	await io.close();
	await t.close();
});

/** A reader as the browser is: a timeline fed by live events, caught up on every connection. */
class Reader {
	socket: TestSocket | null = null;
	catchUps = 0;
	gapCatchUps = 0;
	constructor(readonly timeline: RoomTimeline) {}

	async connect(token: string): Promise<void> {
		const socket: TestSocket = connect(base, {
			transports: ['websocket'],
			extraHeaders: { origin: base, cookie: `session=${token}` },
			reconnection: false,
			forceNew: true
		});
		this.socket = socket;
		socket.on('chat:message', (m: ChatMessageView) => this.afterLive(() => this.timeline.show(m)));
		socket.on('chat:hidden', (h) => this.afterLive(() => this.timeline.hide(h.messageId, h.cursor)));
		await new Promise<void>((resolve, reject) => {
			// Straight away on 'connect', before the server says it is ready: the race being tested.
			socket.once('connect', () => void this.catchUp().then(resolve, reject));
			socket.once('connect_error', reject);
		});
	}

	private inFlight: Promise<void> | null = null;

	/** A live change that skips a number, with no catch-up under way to fill it, means one was missed. */
	private afterLive(apply: () => void): void {
		apply();
		if (this.timeline.hasGap && !this.inFlight) {
			this.gapCatchUps++;
			void this.catchUp();
		}
	}

	catchUp(): Promise<void> {
		this.catchUps++;
		this.inFlight ??= catchUpTimeline(this.timeline, async (cursor) => {
			const reply = await this.socket!.emitWithAck('chat:catch-up', { roomId, cursor });
			if (!reply.ok) throw new Error(reply.error);
			return reply.data;
		}).finally(() => {
			this.inFlight = null;
			if (this.timeline.hasGap) {
				this.gapCatchUps++;
				void this.catchUp();
			}
		});
		return this.inFlight;
	}

	close(): void {
		this.socket?.close();
	}
}

async function session(user: TestSchool['admin']): Promise<string> {
	const token = generateSessionToken();
	await createSession(t.db, token, { id: user.id, schoolId: s.id, role: user.role });
	return token;
}

const waitFor = async (done: () => boolean, ms = 5000) => {
	for (const until = Date.now() + ms; !done() && Date.now() < until;) await new Promise((r) => setTimeout(r, 20));
};

describe('catching up after a reconnection', () => {
	it(`misses nothing and doubles nothing while approvals stream, ${RUNS} runs in a row`, async () => {
		const cls = s.classes[0];
		const writers = cls.pupils.slice(0, 3);
		const readerUser = cls.pupils[3]!;
		for (let run = 0; run < RUNS; run++) {
			// Messages waiting for the teacher (sent a minute apart, so the rate limit is not the subject).
			for (let i = 0; i < PER_RUN; i++) await send(t.db, writers[i % 3]!.actor, roomId, `Run ${run} message ${i}`, new Date((clock += 61_000)));
			const items = (await listQueue(t.db, cls.teacher.actor)).filter((q) => q.body.startsWith(`Run ${run} `));
			expect(items).toHaveLength(PER_RUN);

			const page = await readRoom(t.db, readerUser.actor, roomId);
			const reader = new Reader(new RoomTimeline(roomId, page.messages, page.cursor));
			await reader.connect(await session(readerUser));
			const dropAt = 1 + (run % (PER_RUN - 2));
			let hiddenId = '';
			for (const [i, item] of items.entries()) {
				if (i === dropAt) {
					reader.close();
					// Reported and hidden while the reader is away.
					const delivered = (await readRoom(t.db, cls.pupils[0]!.actor, roomId)).messages.find((m) => m.body === `Run ${run} message 0`)!;
					hiddenId = delivered.id;
					await reportMessage(t.db, cls.pupils[2]!.actor, { messageId: hiddenId, note: '' });
				}
				await decideItem(t.db, cls.teacher.actor, { itemId: item.id, action: 'approve', expectedVersion: item.version });
				// Reconnect while approvals are still arriving.
				if (i === dropAt) void reader.connect(await session(readerUser));
			}
			const expected = items.map((q) => q.targetId).filter((id) => id !== hiddenId);
			const present = () => reader.timeline.messages.filter((m) => m.body.startsWith(`Run ${run} `)).map((m) => m.id);
			await waitFor(() => present().length === expected.length && !present().includes(hiddenId));
			const ids = present();
			expect(new Set(ids).size, `run ${run}: no message twice`).toBe(ids.length);
			expect([...ids].sort(), `run ${run}: every approved message`).toEqual([...expected].sort());
			expect(ids, `run ${run}: hidden while away`).not.toContain(hiddenId);
			expect(reader.gapCatchUps, `run ${run}: nothing missed between the catch-up and the live events`).toBe(0);
			reader.close();
		}
	}, 240_000);
});
