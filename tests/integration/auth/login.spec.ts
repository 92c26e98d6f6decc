import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, eq, sql } from 'drizzle-orm';
import { openTestDatabase, type TestDatabase } from '../support/database';
import { createTestSchool, TEST_PASSWORD, type TestSchool } from '../support/factories';
import { signIn } from '../../../src/lib/server/auth/login';
import { auditLog, sessions, users } from '../../../src/lib/server/db/schema';

let t: TestDatabase;
let school: TestSchool;
beforeAll(async () => {
	t = await openTestDatabase();
	school = await createTestSchool(t.db, 2);
});
afterAll(() => t.close());

const ip = () => `10.0.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;

describe('signing in', () => {
	it('opens a session for the right password and audits it', async () => {
		const user = school.classes[0].teacher;
		const result = await signIn(t.db, { username: user.username.toUpperCase(), password: TEST_PASSWORD, ipAddress: ip() });
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.role).toBe('teacher');
		expect(result.token).toMatch(/^[a-z2-7]{32}$/);
		const [row] = await t.db.select().from(sessions).where(eq(sessions.id, result.session.id));
		expect(row?.userId).toBe(user.id);
		// Only the hash is stored, never the token itself.
		expect(row?.id).not.toBe(result.token);
		const [audit] = await t.db
			.select({ n: count() })
			.from(auditLog)
			.where(sql`${auditLog.actorId} = ${user.id} and ${auditLog.action} = 'auth.login'`);
		expect(audit?.n).toBe(1);
	});

	it('gives the same answer for an unknown user and a wrong password', async () => {
		const unknown = await signIn(t.db, { username: 'nobody.here', password: 'x', ipAddress: ip() });
		const wrong = await signIn(t.db, { username: school.admin.username, password: 'not it', ipAddress: ip() });
		expect(unknown).toEqual({ ok: false, reason: 'invalid' });
		expect(wrong).toEqual({ ok: false, reason: 'invalid' });
	});

	it('refuses an account after 10 failures in 15 minutes, even with the right password', async () => {
		const user = school.classes[1].pupils[1]!;
		const now = new Date();
		for (let i = 0; i < 10; i++) {
			const r = await signIn(t.db, { username: user.username, password: `guess-${i}`, ipAddress: ip() }, now);
			expect(r).toEqual({ ok: false, reason: 'invalid' });
		}
		const blocked = await signIn(t.db, { username: user.username, password: TEST_PASSWORD, ipAddress: ip() }, now);
		expect(blocked).toEqual({ ok: false, reason: 'throttled', retryAfterMinutes: 15 });
		const later = await signIn(t.db, { username: user.username, password: TEST_PASSWORD, ipAddress: ip() }, new Date(now.getTime() + 16 * 60_000));
		expect(later.ok).toBe(true);
	});

	it('refuses one address that fails across many accounts', async () => {
		const address = '192.0.2.77';
		const now = new Date();
		for (let i = 0; i < 50; i++) await signIn(t.db, { username: `made.up.${i}`, password: 'x', ipAddress: address }, now);
		const r = await signIn(t.db, { username: school.dsl.username, password: TEST_PASSWORD, ipAddress: address }, now);
		expect(r.ok).toBe(false);
		const elsewhere = await signIn(t.db, { username: school.dsl.username, password: TEST_PASSWORD, ipAddress: ip() }, now);
		expect(elsewhere.ok).toBe(true);
	}, 180_000);

	it('refuses a disabled account, saying so only to someone who knows the password', async () => {
		const leaver = school.classes[0].pupils[1]!;
		await t.db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, leaver.id));
		const r = await signIn(t.db, { username: leaver.username, password: TEST_PASSWORD, ipAddress: ip() });
		expect(r).toEqual({ ok: false, reason: 'disabled' });
		const guess = await signIn(t.db, { username: leaver.username, password: 'a guess', ipAddress: ip() });
		expect(guess).toEqual({ ok: false, reason: 'invalid' });
	});
});
