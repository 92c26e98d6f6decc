import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { openTestDatabase, type TestDatabase } from '../support/database';
import { createTestSchool, TEST_PASSWORD, type TestSchool } from '../support/factories';
import { createSession, generateSessionToken, validateSessionIds, validateSessionToken } from '../../../src/lib/server/auth/session';
import { changeOwnPassword, resetPupilPassword } from '../../../src/lib/server/auth/password-changes';
import { AuthorizationError } from '../../../src/lib/server/auth/authorize';
import { InputError } from '../../../src/lib/server/errors';
import { sessions, users } from '../../../src/lib/server/db/schema';
import type { Role } from '../../../src/lib/domain/auth/roles';

let t: TestDatabase;
let school: TestSchool;
beforeAll(async () => {
	t = await openTestDatabase();
	school = await createTestSchool(t.db, 2);
});
afterAll(() => t.close());

const minutes = (start: Date, m: number) => new Date(start.getTime() + m * 60_000);

async function newSession(user: { id: string; role: Role }, at = new Date()) {
	const token = generateSessionToken();
	const record = await createSession(t.db, token, { id: user.id, schoolId: school.id, role: user.role }, at);
	return { token, record };
}

describe('sessions', () => {
	it('slides the idle clock while a teacher keeps working, then locks after 10 idle minutes', async () => {
		const start = new Date();
		const { token } = await newSession(school.classes[0].teacher, start);
		expect((await validateSessionToken(t.db, token, minutes(start, 9))).state).toBe('active');
		expect((await validateSessionToken(t.db, token, minutes(start, 18))).state).toBe('active');
		const locked = await validateSessionToken(t.db, token, minutes(start, 28.5));
		expect(locked.state).toBe('idle-locked');
		// The locked session is gone: the teacher must sign in again.
		expect((await validateSessionToken(t.db, token, minutes(start, 28.6))).state).toBe('unknown');
	});

	it('keeps a parent for 30 idle minutes', async () => {
		const start = new Date();
		const { token } = await newSession(school.classes[0].parent, start);
		expect((await validateSessionToken(t.db, token, minutes(start, 29))).state).toBe('active');
		expect((await validateSessionToken(t.db, token, minutes(start, 60))).state).toBe('idle-locked');
	});

	it('treats a forged token as unknown', async () => {
		expect((await validateSessionToken(t.db, 'a'.repeat(32))).state).toBe('unknown');
	});

	it('ends every other session when a user changes their password', async () => {
		const dsl = school.dsl;
		const current = await newSession(dsl);
		const other = await newSession(dsl);
		await changeOwnPassword(t.db, dsl.actor, current.record.id, TEST_PASSWORD, 'lantern otter violet harbour');
		expect((await validateSessionToken(t.db, current.token)).state).toBe('active');
		expect((await validateSessionToken(t.db, other.token)).state).toBe('unknown');
	});

	it('refuses a weak new staff password and changes nothing', async () => {
		const admin = school.admin;
		const s = await newSession(admin);
		await expect(changeOwnPassword(t.db, admin.actor, s.record.id, TEST_PASSWORD, 'password1234')).rejects.toBeInstanceOf(InputError);
		const still = await t.db.select().from(sessions).where(eq(sessions.userId, admin.id));
		expect(still.length).toBe(1);
	});

	it("lets a class teacher reset a pupil's password, ending the pupil's sessions", async () => {
		const cls = school.classes[0];
		const pupil = cls.pupils[0]!;
		const s = await newSession(pupil);
		await resetPupilPassword(t.db, cls.teacher.actor, pupil.id, 'tiger77');
		expect((await validateSessionToken(t.db, s.token)).state).toBe('unknown');
	});

	it("stops a teacher resetting a pupil's password in another class", async () => {
		const other = school.classes[1].pupils[0]!;
		await expect(resetPupilPassword(t.db, school.classes[0].teacher.actor, other.id, 'tiger77')).rejects.toBeInstanceOf(AuthorizationError);
	});
});

describe('many sessions checked at once (the live sockets of a process)', () => {
	it('reads them together, ends the idle and the unknown, and slides only those used and due', async () => {
		const start = new Date();
		const teacher = school.classes[0].teacher;
		const pupil = school.classes[0].pupils[0]!;
		const used = await newSession(teacher, start);
		const silent = await newSession(pupil, start);
		const idle = await newSession(teacher, start);
		const ended = await newSession(pupil, start);
		await t.db.delete(sessions).where(eq(sessions.id, ended.record.id));
		const later = minutes(start, 5);
		// The teacher's 10-minute idle limit runs out for `idle`, as it was never used.
		const muchLater = minutes(start, 11);
		const ids = [used.record.id, silent.record.id, ended.record.id, 'not a digest'];
		const first = await validateSessionIds(t.db, ids, new Set([used.record.id]), later);
		expect(Object.fromEntries([...first].map(([id, c]) => [id, c.state]))).toEqual({
			[used.record.id]: 'active',
			[silent.record.id]: 'active',
			[ended.record.id]: 'unknown',
			'not a digest': 'unknown'
		});
		const rows = async (id: string) => (await t.db.select().from(sessions).where(eq(sessions.id, id)))[0];
		expect((await rows(used.record.id))?.lastSeenAt.getTime()).toBe(later.getTime());
		expect((await rows(silent.record.id))?.lastSeenAt.getTime()).toBe(start.getTime());
		expect(first.get(used.record.id)?.deadline?.getTime()).toBe(minutes(later, 10).getTime());
		const second = await validateSessionIds(t.db, [used.record.id, idle.record.id], new Set(), muchLater);
		expect(second.get(used.record.id)?.state).toBe('active');
		expect(second.get(idle.record.id)?.state).toBe('idle-locked');
		expect(await rows(idle.record.id)).toBeUndefined();
		// A turned-off account's sessions are unknown, as on a page.
		await t.db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, pupil.id));
		expect((await validateSessionIds(t.db, [silent.record.id], new Set(), later)).get(silent.record.id)?.state).toBe('unknown');
		await t.db.update(users).set({ disabledAt: null }).where(eq(users.id, pupil.id));
	});
});
