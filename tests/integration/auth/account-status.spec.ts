// Leavers: the head turns any account in their own school off and on again. Turning off
// ends every session, refuses sign-in with a clear message and keeps every record; nobody
// else may do it, and no school reaches another school's accounts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { openTestDatabase, type TestDatabase } from '../support/database';
import { createTestSchool, TEST_PASSWORD, type TestSchool } from '../support/factories';
import { listAccounts, setAccountDisabled } from '../../../src/lib/server/auth/account-status';
import { signIn } from '../../../src/lib/server/auth/login';
import { createSession, generateSessionToken, validateSessionToken } from '../../../src/lib/server/auth/session';
import { AuthorizationError } from '../../../src/lib/server/auth/authorize';
import { InputError, NotFoundError } from '../../../src/lib/server/errors';
import { auditLog, parentLinks, users } from '../../../src/lib/server/db/schema';

let t: TestDatabase;
let s: TestSchool;
let other: TestSchool;
beforeAll(async () => {
	t = await openTestDatabase();
	[s, other] = await Promise.all([createTestSchool(t.db, 2), createTestSchool(t.db, 2)]);
}, 180_000);
afterAll(() => t.close());

const ip = () => `203.0.113.${Math.floor(Math.random() * 250)}`;
const sessionFor = async (user: TestSchool['admin'], schoolId: string) => {
	const token = generateSessionToken();
	await createSession(t.db, token, { id: user.id, schoolId, role: user.role });
	return token;
};

describe('turning accounts off and on', () => {
	it('turns off a teacher, a parent and a pupil: sessions end, sign-in is refused kindly, records stay', async () => {
		const cls = s.classes[0];
		for (const leaver of [cls.teacher, cls.parent, cls.pupils[1]!]) {
			const token = await sessionFor(leaver, s.id);
			await setAccountDisabled(t.db, s.admin.actor, leaver.id, true);
			expect((await validateSessionToken(t.db, token)).state).toBe('unknown');
			expect(await signIn(t.db, { username: leaver.username, password: TEST_PASSWORD, ipAddress: ip() })).toEqual({ ok: false, reason: 'disabled' });
			// A wrong password says only that it is wrong: nothing about the account.
			expect(await signIn(t.db, { username: leaver.username, password: 'not it', ipAddress: ip() })).toEqual({ ok: false, reason: 'invalid' });
			const [row] = await t.db.select().from(users).where(eq(users.id, leaver.id));
			expect(row?.disabledAt).not.toBeNull();
			expect(row?.firstName).not.toBe('Former');
		}
		expect(await t.db.select().from(parentLinks).where(eq(parentLinks.parentId, cls.parent.id))).toHaveLength(1);
		const listed = await listAccounts(t.db, s.admin.actor);
		expect(listed.find((a) => a.id === cls.teacher.id)?.disabledAt).toBeInstanceOf(Date);

		await setAccountDisabled(t.db, s.admin.actor, cls.teacher.id, false);
		expect((await signIn(t.db, { username: cls.teacher.username, password: TEST_PASSWORD, ipAddress: ip() })).ok).toBe(true);
		const audits = await t.db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.targetId, cls.teacher.id), eq(auditLog.actorId, s.admin.id)));
		expect(audits.map((a) => a.action).sort()).toEqual(['account.disabled', 'account.enabled']);
	}, 60_000);

	it("never reaches another school's account, and changes nothing there", async () => {
		const foreign = other.classes[0].teacher;
		await expect(setAccountDisabled(t.db, s.admin.actor, foreign.id, true)).rejects.toBeInstanceOf(NotFoundError);
		const [row] = await t.db.select().from(users).where(eq(users.id, foreign.id));
		expect(row?.disabledAt).toBeNull();
		expect((await listAccounts(t.db, s.admin.actor)).some((a) => a.id === foreign.id)).toBe(false);
	});

	it('is for the head only, and not for their own account', async () => {
		const target = s.classes[1].pupils[0]!;
		for (const who of [s.dsl, s.classes[1].teacher, s.classes[1].parent, target]) {
			await expect(setAccountDisabled(t.db, who.actor, target.id, true)).rejects.toBeInstanceOf(AuthorizationError);
			await expect(listAccounts(t.db, who.actor)).rejects.toBeInstanceOf(AuthorizationError);
		}
		await expect(setAccountDisabled(t.db, s.admin.actor, s.admin.id, true)).rejects.toBeInstanceOf(InputError);
		const unsignedHead = { ...s.admin.actor, gate: { open: false, missing: ['staff-agreement'] } };
		await expect(setAccountDisabled(t.db, unsignedHead, target.id, true)).rejects.toBeInstanceOf(AuthorizationError);
		const [row] = await t.db.select().from(users).where(eq(users.id, target.id));
		expect(row?.disabledAt).toBeNull();
	});

	it('answers an unknown or malformed id with not found', async () => {
		await expect(setAccountDisabled(t.db, s.admin.actor, crypto.randomUUID(), true)).rejects.toBeInstanceOf(NotFoundError);
		await expect(setAccountDisabled(t.db, s.admin.actor, 'not-an-id', true)).rejects.toBeInstanceOf(NotFoundError);
	});
});
