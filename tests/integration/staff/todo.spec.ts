// The staff home's to-do list on a real database: a teacher sees their own queue with the
// oldest's age, their own classes' pupils whose gate is closed (and why) and those behind on
// minutes; the DSL also sees open alerts. Nothing from another class or school shows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../support/database';
import { createTestSchool, type TestSchool } from '../support/factories';
import { loadActor } from '../../../src/lib/server/auth/actor';
import { eq } from 'drizzle-orm';
import { messagingPauses, users } from '../../../src/lib/server/db/schema';
import { decideItem } from '../../../src/lib/server/moderation/decide';
import { listQueue } from '../../../src/lib/server/moderation/queue';
import { sendChatMessage } from '../../../src/lib/server/messaging/send-chat';
import { listRooms } from '../../../src/lib/server/messaging/rooms';
import { loadStaffTodo } from '../../../src/lib/server/staff/todo';
import { getClassProgress } from '../../../src/lib/server/curriculum/progress';
import { reportMessage } from '../../../src/lib/server/messaging/report';
import type { TestUser } from '../support/factories';

let t: TestDatabase;
let s: TestSchool;
let other: TestSchool;
beforeAll(async () => {
	t = await openTestDatabase();
	s = await createTestSchool(t.db, 2);
	other = await createTestSchool(t.db, 1);
	// Three schools and their signatures on a shared, busy machine.
}, 180_000);
afterAll(async () => t.close());

const A = () => s.classes[0];
const refresh = async (u: TestUser) =>
	loadActor(t.db, { id: u.id, schoolId: u.actor.schoolId, role: u.role, username: u.username, firstName: '', surname: '' });

describe('the staff to-do list', () => {
	it('starts with the items waiting in the teacher’s queue and the oldest’s age', async () => {
		const [room] = await listRooms(t.db, A().pupils[0]!.actor);
		const sentAt = new Date(Date.now() - 3 * 3_600_000);
		await sendChatMessage(t.db, A().pupils[0]!.actor, { roomId: room!.id, body: 'We made a volcano today', clientKey: 'todo-1-abcdefgh' }, sentAt);
		await sendChatMessage(t.db, A().pupils[1]!.actor, { roomId: room!.id, body: 'It fizzed everywhere', clientKey: 'todo-2-abcdefgh' });
		const todo = await loadStaffTodo(t.db, A().teacher.actor);
		expect(todo[0]).toEqual({
			kind: 'queue',
			where: null,
			text: '2 items wait in your review queue; the oldest has waited 3 hours.',
			href: '/staff/moderation',
			details: []
		});
		// Class B's teacher and another school's staff have nothing from class A.
		expect((await loadStaffTodo(t.db, s.classes[1].teacher.actor)).some((l) => l.kind === 'queue')).toBe(false);
		expect((await loadStaffTodo(t.db, other.classes[0].teacher.actor)).some((l) => l.kind === 'queue')).toBe(false);
	});

	it('names the teacher’s own pupils whose gate is closed, with why, and no one else’s', async () => {
		const paused = A().pupils[1]!;
		await t.db
			.insert(messagingPauses)
			.values({ schoolId: s.id, pupilId: paused.id, endsAt: new Date(Date.now() + 86_400_000), reason: 'Unkind messages', createdBy: s.dsl.id });
		const todo = await loadStaffTodo(t.db, A().teacher.actor);
		const gate = todo.find((l) => l.kind === 'gate')!;
		expect(gate.href).toBe(`/staff/agreements/classes/${A().id}`);
		expect(gate.where).toBe('Class A');
		expect(gate.text).toBe('1 pupil cannot use chat, email or sharing yet.');
		const [who] = await t.db.select().from(users).where(eq(users.id, paused.id));
		expect(gate.details).toEqual([`${who!.firstName} ${who!.surname}: messaging is paused`]);
		for (const teacher of [s.classes[1].teacher, other.classes[0].teacher])
			expect((await loadStaffTodo(t.db, teacher.actor)).some((l) => l.kind === 'gate')).toBe(false);
	});

	it('counts the pupils behind on lesson minutes this term, as the progress page does', async () => {
		const grid = (await getClassProgress(t.db, A().teacher.actor, A().id)).grid;
		const behind = grid.rows.filter((r) => r.status === 'at-risk' || r.status === 'short');
		const line = (await loadStaffTodo(t.db, A().teacher.actor)).find((l) => l.kind === 'minutes');
		if (behind.length === 0) expect(line).toBeUndefined();
		else {
			expect(line!.href).toBe(`/staff/progress/${A().id}`);
			expect(line!.text).toContain(`${behind.length} pupil`);
			expect(line!.text).toContain(`(${behind.reduce((n, r) => n + r.remainingMinutes, 0)} minute`);
		}
	});

	it('shows the DSL open alerts, never a teacher, and a teacher who has not signed sees no pupils', async () => {
		expect((await loadStaffTodo(t.db, s.dsl.actor)).some((l) => l.kind === 'alerts')).toBe(false);
		const [room] = await listRooms(t.db, A().pupils[0]!.actor);
		await sendChatMessage(t.db, A().pupils[0]!.actor, { roomId: room!.id, body: 'hello everyone', clientKey: 'todo-3-abcdefgh' });
		const item = (await listQueue(t.db, A().teacher.actor)).find((i) => i.body === 'hello everyone')!;
		await decideItem(t.db, A().teacher.actor, { itemId: item.id, action: 'approve', expectedVersion: item.version });
		await reportMessage(t.db, A().pupils[1]!.actor, { messageId: item.targetId, note: '' });
		const alerts = (await loadStaffTodo(t.db, s.dsl.actor)).find((l) => l.kind === 'alerts')!;
		expect(alerts).toMatchObject({ href: '/staff/alerts' });
		expect(alerts.text).toMatch(/^1 safeguarding alert is open/);
		expect((await loadStaffTodo(t.db, A().teacher.actor)).some((l) => l.kind === 'alerts')).toBe(false);
		expect((await loadStaffTodo(t.db, other.dsl.actor)).some((l) => l.kind === 'alerts')).toBe(false);
		// Gate lines need the staff agreement signed: an unsigned teacher sees no pupils.
		const unsigned = await createTestSchool(t.db, 1, { unsigned: true });
		expect((await loadStaffTodo(t.db, await refresh(unsigned.classes[0].teacher))).filter((l) => l.kind === 'gate' || l.kind === 'minutes')).toEqual([]);
	}, 90_000); // it makes a fourth school
});
