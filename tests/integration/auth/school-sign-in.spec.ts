// Staff sign-in with the school's own accounts, against a real OpenID provider started in
// this test process (oidc-provider on a random port): the whole code flow with PKCE, state
// and nonce, and every refusal: a wrong state, an unknown address, a pupil's address,
// another school's staff, a turned-off account, an address outside the school's domain; and
// that each refusal is a failed sign-in from its address, in the password's own limit.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { openTestDatabase, type TestDatabase } from '../support/database';
import { createTestSchool, type TestSchool } from '../support/factories';
import { followToCallback, startTestProvider, type TestAccount, type TestProvider } from '../support/oidc-provider';
import { auditLog, schoolSignInProviders, schools, sessions, users } from '../../../src/lib/server/db/schema';
import { finishSchoolSignIn, startSchoolSignIn, type SchoolSignInResult } from '../../../src/lib/server/auth/school-sign-in';
import {
	getSchoolSignIn,
	listSchoolSignInButtons,
	listStaffEmails,
	removeSchoolSignIn,
	saveSchoolSignIn,
	setStaffEmail
} from '../../../src/lib/server/auth/school-sign-in-settings';
import { AuthorizationError } from '../../../src/lib/server/auth/authorize';
import { finishSignIn } from '../../../src/lib/server/auth/two-step-sign-in';
import { signIn } from '../../../src/lib/server/auth/login';
import { loginFailures } from '../../../src/lib/server/db/schema';
import { MAX_FAILURES_PER_ADDRESS } from '../../../src/lib/domain/auth/login-throttle';
import { TEST_PASSWORD } from '../support/factories';
import { InputError, NotFoundError } from '../../../src/lib/server/errors';

const CALLBACK = 'http://app.school.test/login/oidc/callback';
const DOMAIN_A = 'oak-primary.example';
const DOMAIN_B = 'river-primary.example';

let t: TestDatabase;
let a: TestSchool;
let b: TestSchool;
let slugA: string;
let provider: TestProvider;

async function setEmail(userId: string, email: string) {
	await t.db.update(users).set({ email }).where(eq(users.id, userId));
}

beforeAll(async () => {
	t = await openTestDatabase();
	[a, b] = [await createTestSchool(t.db, 1), await createTestSchool(t.db, 1)];
	slugA = (await t.db.select({ slug: schools.slug }).from(schools).where(eq(schools.id, a.id)))[0]!.slug;
	provider = await startTestProvider(CALLBACK);
	await setEmail(a.classes[0].teacher.id, `Teacher.A@${DOMAIN_A}`);
	await setEmail(a.admin.id, `head@${DOMAIN_A}`);
	await setEmail(a.classes[1].teacher.id, `off@${DOMAIN_A}`);
	await setEmail(a.classes[0].pupils[0]!.id, `pupil@${DOMAIN_A}`);
	await setEmail(a.classes[0].parent.id, `parent@${DOMAIN_A}`);
	await setEmail(b.classes[0].teacher.id, `teacher@${DOMAIN_B}`);
	// Another school's member of staff whose address happens to be in this school's domain.
	await setEmail(b.classes[1].teacher.id, `visitor@${DOMAIN_A}`);
	await t.db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, a.classes[1].teacher.id));
	const settings = { kind: 'google' as const, issuer: provider.issuer, clientId: provider.clientId, clientSecret: provider.clientSecret };
	await saveSchoolSignIn(t.db, a.admin.actor, { ...settings, allowedDomain: DOMAIN_A });
	await saveSchoolSignIn(t.db, b.admin.actor, { ...settings, allowedDomain: DOMAIN_B });
}, 60_000);
afterAll(async () => {
	await provider?.close();
	await t.close();
});

let n = 0;
/** One whole sign-in as `account`: start, the provider's redirects, the callback. */
async function signInAs(account: Omit<TestAccount, 'sub'>, change: (callback: URL) => URL = (u) => u, ipAddress = '192.0.2.10'): Promise<SchoolSignInResult> {
	provider.nextAccount = { sub: `sub-${++n}`, ...account };
	const { url, sealedFlow } = (await startSchoolSignIn(t.db, slugA, CALLBACK))!;
	expect(url.searchParams.get('code_challenge_method')).toBe('S256');
	expect(url.searchParams.get('prompt')).toBe('select_account');
	const callback = await followToCallback(url, CALLBACK);
	return finishSchoolSignIn(t.db, { callbackUrl: change(callback), sealedFlow, ipAddress });
}

async function refusals(reason: string): Promise<number> {
	const rows = await t.db
		.select({ id: auditLog.id })
		.from(auditLog)
		.where(and(eq(auditLog.action, 'auth.school_sign_in_refused'), sql`${auditLog.details}->>'reason' = ${reason}`));
	return rows.length;
}

describe('the code flow against a real provider', () => {
	it('signs a teacher in by their school address and opens a normal session, audited as oidc', async () => {
		const result = await signInAs({ email: `teacher.a@${DOMAIN_A}` });
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.role).toBe('teacher');
		expect(result.secondStep).toBeNull();
		const [row] = await t.db.select().from(sessions).where(eq(sessions.id, result.session.id));
		expect(row?.userId).toBe(a.classes[0].teacher.id);
		expect(row?.secondStep).toBeNull();
		// Staff's 10-minute idle lock, as after a password.
		expect(row?.idleTimeoutMs).toBe(600_000);
		const [audit] = await t.db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.actorId, a.classes[0].teacher.id), eq(auditLog.action, 'auth.login')));
		expect(audit?.details).toMatchObject({ method: 'oidc', provider: 'google' });
	});

	it('still asks the head for the second step, unless the provider says it asked for more than a password', async () => {
		const plain = await signInAs({ email: `head@${DOMAIN_A}`, amr: ['pwd'] });
		expect(plain.ok && plain.secondStep).toBe('enrol');
		if (!plain.ok) return;
		expect((await t.db.select().from(sessions).where(eq(sessions.id, plain.session.id)))[0]).toMatchObject({ secondStep: 'enrol', method: 'oidc' });
		// Finishing the second step (as /login/enrol does) still records that sign-in began with the school account.
		const head = { id: a.admin.id, schoolId: a.id, username: a.admin.username, role: 'admin' as const };
		const done = await t.db.transaction((tx) =>
			finishSignIn(tx, { sessionId: plain.session.id, userId: a.admin.id, step: 'enrol' }, head, { secondStep: 'enrolled' }, null, new Date())
		);
		expect((await t.db.select().from(sessions).where(eq(sessions.id, done.session.id)))[0]?.method).toBe('oidc');
		const [login] = await t.db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.actorId, a.admin.id), eq(auditLog.action, 'auth.login')));
		expect(login?.details).toMatchObject({ method: 'oidc', secondStep: 'enrolled' });
		const mfa = await signInAs({ email: `head@${DOMAIN_A}`, amr: ['pwd', 'mfa'] });
		expect(mfa.ok && mfa.secondStep).toBeNull();
	});

	it('refuses a callback whose state is not the one this browser was given, and opens nothing', async () => {
		const before = (await t.db.select({ id: sessions.id }).from(sessions)).length;
		const result = await signInAs({ email: `teacher.a@${DOMAIN_A}` }, (u) => {
			const changed = new URL(u);
			changed.searchParams.set('state', 'someone-elses-state');
			return changed;
		});
		expect(result).toEqual({ ok: false, reason: 'failed' });
		expect((await t.db.select({ id: sessions.id }).from(sessions)).length).toBe(before);
		expect(await refusals('failed')).toBeGreaterThanOrEqual(1);
	});

	it('refuses a callback with no sealed checks (another browser, or after ten minutes)', async () => {
		provider.nextAccount = { sub: 'sub-no-cookie', email: `teacher.a@${DOMAIN_A}` };
		const { url } = (await startSchoolSignIn(t.db, slugA, CALLBACK))!;
		const callback = await followToCallback(url, CALLBACK);
		expect(await finishSchoolSignIn(t.db, { callbackUrl: callback, sealedFlow: undefined, ipAddress: null })).toEqual({ ok: false, reason: 'failed' });
		const started = (await startSchoolSignIn(t.db, slugA, CALLBACK, new Date(Date.now() - 11 * 60_000)))!;
		expect(await finishSchoolSignIn(t.db, { callbackUrl: callback, sealedFlow: started.sealedFlow, ipAddress: null })).toEqual({ ok: false, reason: 'failed' });
	});

	it('refuses an address that matches no member of staff', async () => {
		expect(await signInAs({ email: `nobody@${DOMAIN_A}` })).toEqual({ ok: false, reason: 'unknown' });
		expect(await refusals('unknown')).toBeGreaterThanOrEqual(1);
	});

	it('refuses a pupil and a parent, even with the school’s address', async () => {
		expect(await signInAs({ email: `pupil@${DOMAIN_A}` })).toEqual({ ok: false, reason: 'not-staff' });
		expect(await signInAs({ email: `parent@${DOMAIN_A}` })).toEqual({ ok: false, reason: 'not-staff' });
	});

	it('refuses another school’s staff, whether their address is in the other domain or in this one', async () => {
		expect(await signInAs({ email: `teacher@${DOMAIN_B}` })).toEqual({ ok: false, reason: 'other-domain' });
		expect(await signInAs({ email: `visitor@${DOMAIN_A}` })).toEqual({ ok: false, reason: 'unknown' });
	});

	it('refuses a turned-off account and an address the provider has not verified', async () => {
		expect(await signInAs({ email: `off@${DOMAIN_A}` })).toEqual({ ok: false, reason: 'disabled' });
		expect(await signInAs({ email: `teacher.a@${DOMAIN_A}`, emailVerified: false })).toEqual({ ok: false, reason: 'unverified' });
	});
});

describe('refused callbacks and the sign-in limit', () => {
	const failuresFrom = async (ip: string) =>
		(
			await t.db
				.select({ id: loginFailures.id })
				.from(loginFailures)
				.where(eq(loginFailures.throttleKey, `address:${ip}`))
		).length;
	const wrongState = (u: URL) => {
		const changed = new URL(u);
		changed.searchParams.set('state', 'guessed');
		return changed;
	};
	const badCode = (u: URL) => {
		const changed = new URL(u);
		changed.searchParams.set('code', 'not-a-code-the-provider-gave');
		return changed;
	};

	it('counts every refused callback against its address, and not a sign-in that succeeds', async () => {
		const ip = '203.0.113.41';
		expect(await signInAs({ email: `teacher.a@${DOMAIN_A}` }, wrongState, ip)).toEqual({ ok: false, reason: 'failed' });
		expect(await signInAs({ email: `teacher.a@${DOMAIN_A}` }, badCode, ip)).toEqual({ ok: false, reason: 'failed' });
		expect(await signInAs({ email: `nobody@${DOMAIN_A}` }, undefined, ip)).toEqual({ ok: false, reason: 'unknown' });
		expect(await signInAs({ email: `teacher@${DOMAIN_B}` }, undefined, ip)).toEqual({ ok: false, reason: 'other-domain' });
		expect(await signInAs({ email: `pupil@${DOMAIN_A}` }, undefined, ip)).toEqual({ ok: false, reason: 'not-staff' });
		expect(await finishSchoolSignIn(t.db, { callbackUrl: new URL(CALLBACK), sealedFlow: 'forged', ipAddress: ip })).toEqual({ ok: false, reason: 'failed' });
		expect(await failuresFrom(ip)).toBe(6);
		expect((await signInAs({ email: `teacher.a@${DOMAIN_A}` }, undefined, ip)).ok).toBe(true);
		expect(await failuresFrom(ip)).toBe(6);
	});

	it('shares the limit with passwords: refused callbacks fill it, then the right password and a right callback are refused', async () => {
		const ip = '203.0.113.42';
		for (let i = 0; i < MAX_FAILURES_PER_ADDRESS; i++) {
			const refused = await finishSchoolSignIn(t.db, { callbackUrl: new URL(`${CALLBACK}?code=x${i}&state=y`), sealedFlow: undefined, ipAddress: ip });
			expect(refused).toEqual({ ok: false, reason: 'failed' });
		}
		const password = await signIn(t.db, { username: a.classes[0].teacher.username, password: TEST_PASSWORD, ipAddress: ip });
		expect(password).toMatchObject({ ok: false, reason: 'throttled' });
		expect(await signInAs({ email: `teacher.a@${DOMAIN_A}` }, undefined, ip)).toEqual({ ok: false, reason: 'throttled' });
		expect(await refusals('throttled')).toBeGreaterThanOrEqual(1);
		// Another address is not held back.
		expect((await signInAs({ email: `teacher.a@${DOMAIN_A}` }, undefined, '203.0.113.43')).ok).toBe(true);
	});

	it('refuses the callback when wrong passwords from the same address have filled the limit', async () => {
		const ip = '203.0.113.44';
		for (let i = 0; i < MAX_FAILURES_PER_ADDRESS; i++) await signIn(t.db, { username: `nobody.${i}`, password: 'wrong', ipAddress: ip });
		expect(await signInAs({ email: `teacher.a@${DOMAIN_A}` }, undefined, ip)).toEqual({ ok: false, reason: 'throttled' });
	}, 120_000);
});

describe('the school’s settings', () => {
	it('keeps the client secret encrypted and never gives it back', async () => {
		const [row] = await t.db.select().from(schoolSignInProviders).where(eq(schoolSignInProviders.schoolId, a.id));
		expect(row?.clientSecretEncrypted).not.toContain(provider.clientSecret);
		const view = await getSchoolSignIn(t.db, a.admin.actor);
		expect(view).toMatchObject({ kind: 'google', issuer: provider.issuer, allowedDomain: DOMAIN_A });
		expect(JSON.stringify(view)).not.toContain(provider.clientSecret);
		const [audit] = await t.db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.schoolId, a.id), eq(auditLog.action, 'school.sign_in_provider_saved')));
		expect(JSON.stringify(audit?.details)).not.toContain(provider.clientSecret);
	});

	it('lists a button per school that set it up', async () => {
		const buttons = await listSchoolSignInButtons(t.db);
		expect(buttons).toContainEqual(expect.objectContaining({ slug: slugA, label: 'Google' }));
	});

	it('is the head’s alone: a teacher or a DSL cannot read or change it', async () => {
		const input = { kind: 'other' as const, issuer: provider.issuer, clientId: 'x', clientSecret: 'y', allowedDomain: DOMAIN_A };
		await expect(saveSchoolSignIn(t.db, a.classes[0].teacher.actor, input)).rejects.toBeInstanceOf(AuthorizationError);
		await expect(getSchoolSignIn(t.db, a.dsl.actor)).rejects.toBeInstanceOf(AuthorizationError);
		await expect(removeSchoolSignIn(t.db, a.classes[0].teacher.actor)).rejects.toBeInstanceOf(AuthorizationError);
		// Each head sees only their own school's.
		expect((await getSchoolSignIn(t.db, b.admin.actor))?.allowedDomain).toBe(DOMAIN_B);
	});

	it('refuses an address where no provider answers, and a first save without a secret', async () => {
		const base = { kind: 'other' as const, clientId: 'x', allowedDomain: DOMAIN_A };
		await expect(saveSchoolSignIn(t.db, a.admin.actor, { ...base, issuer: 'http://127.0.0.1:9/none', clientSecret: 'y' })).rejects.toBeInstanceOf(InputError);
		const fresh = await createTestSchool(t.db, 1);
		await expect(saveSchoolSignIn(t.db, fresh.admin.actor, { ...base, issuer: provider.issuer, clientSecret: '' })).rejects.toBeInstanceOf(InputError);
		expect(await getSchoolSignIn(t.db, fresh.admin.actor)).toBeNull();
	});

	it('lets the head set a member of staff’s school address, audited, but not another school’s or a pupil’s', async () => {
		const dsl = a.dsl.id;
		await setStaffEmail(t.db, a.admin.actor, { userId: dsl, email: `dsl@${DOMAIN_A}` });
		expect((await listStaffEmails(t.db, a.admin.actor)).find((s) => s.id === dsl)?.email).toBe(`dsl@${DOMAIN_A}`);
		const [audit] = await t.db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.targetId, dsl), eq(auditLog.action, 'account.email_changed')));
		expect(audit?.details).toMatchObject({ to: `dsl@${DOMAIN_A}` });
		await expect(setStaffEmail(t.db, a.admin.actor, { userId: b.dsl.id, email: 'x@y.org' })).rejects.toBeInstanceOf(NotFoundError);
		await expect(setStaffEmail(t.db, a.admin.actor, { userId: a.classes[0].pupils[0]!.id, email: 'x@y.org' })).rejects.toBeInstanceOf(InputError);
		await expect(setStaffEmail(t.db, a.classes[0].teacher.actor, { userId: dsl, email: null })).rejects.toBeInstanceOf(AuthorizationError);
		// The listing never reaches across schools.
		expect((await listStaffEmails(t.db, a.admin.actor)).map((s) => s.id)).not.toContain(b.dsl.id);
	});

	it('can be removed by the head, and the button goes with it', async () => {
		const fresh = await createTestSchool(t.db, 1);
		await saveSchoolSignIn(t.db, fresh.admin.actor, {
			kind: 'microsoft',
			issuer: provider.issuer,
			clientId: 'c',
			clientSecret: 's',
			allowedDomain: 'fresh.example'
		});
		const slug = (await t.db.select({ slug: schools.slug }).from(schools).where(eq(schools.id, fresh.id)))[0]!.slug;
		expect((await listSchoolSignInButtons(t.db)).find((x) => x.slug === slug)?.label).toBe('Microsoft');
		await removeSchoolSignIn(t.db, fresh.admin.actor);
		expect((await listSchoolSignInButtons(t.db)).map((x) => x.slug)).not.toContain(slug);
		await expect(startSchoolSignIn(t.db, slug, CALLBACK)).rejects.toBeInstanceOf(NotFoundError);
	});

	it('sends staff back to the sign-in page, not an error, when the provider cannot be reached', async () => {
		const down = await startTestProvider(CALLBACK);
		const fresh = await createTestSchool(t.db, 1);
		await saveSchoolSignIn(t.db, fresh.admin.actor, {
			kind: 'google',
			issuer: down.issuer,
			clientId: down.clientId,
			clientSecret: down.clientSecret,
			allowedDomain: 'down.example'
		});
		await down.close();
		const slug = (await t.db.select({ slug: schools.slug }).from(schools).where(eq(schools.id, fresh.id)))[0]!.slug;
		expect(await startSchoolSignIn(t.db, slug, CALLBACK)).toBeNull();
	});
});
