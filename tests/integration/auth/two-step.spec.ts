// Two-step sign-in on a real database: a safeguarding lead who has not set it up gets a
// pending session that opens no page and no socket until they enrol; a code works once; a
// wrong code is a failed sign-in in the same atomic limits as passwords; a recovery code
// works once; turning it off needs a code and is refused where the role requires it; the
// head resets it for a lost phone, and nobody else can, nor across schools.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, count, eq, sql } from 'drizzle-orm';
import { decodeBase32IgnorePadding } from '@oslojs/encoding';
import { generateHOTP } from '@oslojs/otp';
import { openTestDatabase, type TestDatabase } from '../support/database';
import { createTestSchool, TEST_PASSWORD, type TestSchool, type TestUser } from '../support/factories';
import { connectWithToken, startRealtimeServer } from '../realtime/support';
import type { RealtimeServer } from '../../../src/lib/server/realtime/server';
import { signIn } from '../../../src/lib/server/auth/login';
import { validateSessionId, validateSessionToken, type PendingSecondStep } from '../../../src/lib/server/auth/session';
import { completeSecondStep, enrolAndSignIn } from '../../../src/lib/server/auth/two-step-sign-in';
import {
	beginEnrolment,
	disableTwoStep,
	enrolSignedIn,
	loadTwoStepSettings,
	resetTwoStepFor,
	twoStepStatus,
	type TwoStepOwner
} from '../../../src/lib/server/auth/two-step';
import { pageLoad } from '../../../src/lib/server/http/handlers';
import { gate } from '../../../src/lib/server/hooks/gate';
import { AuthorizationError } from '../../../src/lib/server/auth/authorize';
import { InputError, NotFoundError, RateLimitError } from '../../../src/lib/server/errors';
import { auditLog, loginFailures, sessions, twoStepRecoveryCodes, twoStepSecrets } from '../../../src/lib/server/db/schema';
import { MAX_FAILURES_PER_ACCOUNT } from '../../../src/lib/domain/auth/login-throttle';
import { timeStepAt } from '../../../src/lib/domain/auth/two-step';

let t: TestDatabase;
let s: TestSchool;
let other: TestSchool;
let io: RealtimeServer;
let base: string;
beforeAll(async () => {
	t = await openTestDatabase();
	s = await createTestSchool(t.db, 2);
	other = await createTestSchool(t.db, 1);
	({ io, base } = await startRealtimeServer());
}, 180_000);
afterAll(async () => {
	await io.close();
	await t.close();
});

let ipCounter = 0;
const ip = () => `203.0.113.${++ipCounter}`;
const owner = (u: TestUser, school = s): TwoStepOwner => ({ id: u.id, schoolId: school.id, username: u.username, role: u.role });
const keyOf = (secret: string) => decodeBase32IgnorePadding(secret.replace(/ /g, ''));
// Times inside a given 30-second step, so each test says which code is current.
const STEP0 = timeStepAt(new Date());
const atStep = (n: number) => new Date((STEP0 + n) * 30_000 + 5_000);
const codeAt = (key: Uint8Array, when: Date) => generateHOTP(key, BigInt(timeStepAt(when)), 6);

async function passwordStep(user: TestUser, now: Date) {
	const r = await signIn(t.db, { username: user.username, password: TEST_PASSWORD, ipAddress: ip() }, now);
	if (!r.ok) throw new Error(`password refused: ${r.reason}`);
	const pending: PendingSecondStep = { sessionId: r.session.id, userId: user.id, step: r.secondStep ?? 'verify' };
	return { ...r, pending };
}

/** Turns two-step on for a signed-in user at `when`, returning the key and recovery codes. */
async function enrol(user: TestUser, when: Date) {
	const offer = await beginEnrolment(t.db, owner(user));
	const key = keyOf(offer.secret);
	const codes = await enrolSignedIn(t.db, user.actor, owner(user), codeAt(key, when), ip(), when);
	return { key, codes };
}

const accountFailures = async (username: string) =>
	(
		await t.db
			.select({ n: count() })
			.from(loginFailures)
			.where(eq(loginFailures.throttleKey, `account:${username}`))
	)[0]!.n;
const audits = async (actorId: string, action: string) =>
	(
		await t.db
			.select({ n: count() })
			.from(auditLog)
			.where(and(eq(auditLog.actorId, actorId), eq(auditLog.action, action)))
	)[0]!.n;

describe('a safeguarding lead who has not set two-step up', () => {
	it('gets a pending session that opens no page and no socket, then enrols and is signed in', async () => {
		const now = atStep(0);
		const r = await passwordStep(s.dsl, now);
		expect(r.secondStep).toBe('enrol');
		// The pending session is not a signed-in one anywhere.
		const checked = await validateSessionToken(t.db, r.token, now);
		expect(checked.state).toBe('second-step');
		expect(checked.user).toBeNull();
		expect((await validateSessionId(t.db, r.session.id, now)).state).toBe('unknown');
		await expect(connectWithToken(base, r.token)).rejects.toThrow();
		// Every staff page sends it to enrol first; every guard refuses it.
		const locals = { user: null, session: null, actor: null, sessionEnded: null, secondStep: r.pending };
		const event = { url: new URL('http://school.test/staff/alerts'), locals } as unknown as Parameters<typeof gate>[0]['event'];
		await expect(gate({ event, resolve: async () => new Response('the page') })).rejects.toMatchObject({
			status: 303,
			location: '/login/enrol?next=%2Fstaff%2Falerts'
		});
		const staffPage = pageLoad({ permission: 'alerts.read', run: () => ({}) });
		await expect(staffPage({ locals } as never)).rejects.toMatchObject({ status: 303, location: '/login' });

		// A wrong first code is refused and counted as a failed sign-in.
		const offer = await beginEnrolment(t.db, owner(s.dsl));
		const key = keyOf(offer.secret);
		expect(offer.qrSvg).toContain('<svg');
		const wrong = codeAt(key, now) === '000000' ? '111111' : '000000';
		await expect(enrolAndSignIn(t.db, r.pending, wrong, ip(), now)).rejects.toBeInstanceOf(InputError);
		expect(await accountFailures(s.dsl.username)).toBe(1);

		const done = await enrolAndSignIn(t.db, r.pending, codeAt(key, now), ip(), now);
		if (!done.ok) throw new Error('enrolment refused');
		expect(done.recoveryCodes).toHaveLength(10);
		expect((await validateSessionToken(t.db, done.token, now)).state).toBe('active');
		// The pending token is worth nothing now, and the completed sign-in cleared the count.
		expect((await validateSessionToken(t.db, r.token, now)).state).toBe('unknown');
		expect(await accountFailures(s.dsl.username)).toBe(0);
		expect(await audits(s.dsl.id, 'two_step.enrolled')).toBe(1);

		// Kept server-side only: the secret encrypted, the recovery codes hashed.
		const [row] = await t.db.select().from(twoStepSecrets).where(eq(twoStepSecrets.userId, s.dsl.id));
		expect(row!.secretEncrypted).not.toContain(offer.secret.replace(/ /g, ''));
		const hashes = (await t.db.select().from(twoStepRecoveryCodes).where(eq(twoStepRecoveryCodes.userId, s.dsl.id))).map((c) => c.codeHash);
		expect(hashes).toHaveLength(10);
		for (const c of done.recoveryCodes) expect(hashes).not.toContain(c.replace(/-/g, ''));

		// Next time: a code, not enrolment. The code used to enrol cannot be used again (replay).
		const again = await passwordStep(s.dsl, now);
		expect(again.secondStep).toBe('verify');
		expect(await completeSecondStep(t.db, again.pending, codeAt(key, now), ip(), now)).toEqual({ ok: false, reason: 'invalid' });
		// The next step's code works once; the same code a second time is refused.
		const later = atStep(1);
		const ok = await completeSecondStep(t.db, again.pending, codeAt(key, later), ip(), later);
		expect(ok.ok).toBe(true);
		const third = await passwordStep(s.dsl, later);
		expect(await completeSecondStep(t.db, third.pending, codeAt(key, later), ip(), later)).toEqual({ ok: false, reason: 'invalid' });
		// The DSL cannot turn it off: the role requires it.
		await expect(disableTwoStep(t.db, s.dsl.actor, s.dsl.username, codeAt(key, atStep(2)), ip(), atStep(2))).rejects.toBeInstanceOf(InputError);
		expect((await twoStepStatus(t.db, s.dsl.id)).enrolled).toBe(true);
	}, 120_000);
});

describe('wrong codes are failed sign-ins', () => {
	it('9 wrong codes, then 50 at once: one more is checked, and then the right code is refused', async () => {
		const teacher = s.classes[0].teacher;
		const { key } = await enrol(teacher, atStep(0));
		const now = atStep(1);
		const r = await passwordStep(teacher, now);
		expect(r.secondStep).toBe('verify');
		const right = codeAt(key, now);
		const wrong = (i: number) => String((Number(right) + 1 + i) % 1_000_000).padStart(6, '0');
		for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT - 1; i++)
			expect(await completeSecondStep(t.db, r.pending, wrong(i), ip(), now)).toEqual({ ok: false, reason: 'invalid' });
		const burst = await Promise.all(Array.from({ length: 50 }, (_, i) => completeSecondStep(t.db, r.pending, wrong(100 + i), ip(), now)));
		expect(burst.filter((b) => !b.ok && b.reason === 'invalid')).toHaveLength(1);
		expect(burst.filter((b) => !b.ok && b.reason === 'throttled')).toHaveLength(49);
		expect(await completeSecondStep(t.db, r.pending, right, ip(), now)).toMatchObject({ ok: false, reason: 'throttled' });
		// The same limit as passwords: the right password is refused too, and nothing signed in.
		expect(await signIn(t.db, { username: teacher.username, password: TEST_PASSWORD, ipAddress: ip() }, now)).toMatchObject({ ok: false, reason: 'throttled' });
		expect(await accountFailures(teacher.username)).toBe(MAX_FAILURES_PER_ACCOUNT);
		const [live] = await t.db
			.select({ n: count() })
			.from(sessions)
			.where(and(eq(sessions.userId, teacher.id), sql`${sessions.secondStep} is null`));
		expect(live!.n).toBe(0);
	}, 120_000);

	it('a right password does not wipe the count of wrong codes', async () => {
		const teacher = s.classes[1].teacher;
		const { key } = await enrol(teacher, atStep(0));
		const now = atStep(1);
		const first = await passwordStep(teacher, now);
		const wrong = codeAt(key, now) === '123456' ? '654321' : '123456';
		for (let i = 0; i < 3; i++) await completeSecondStep(t.db, first.pending, wrong, ip(), now);
		await passwordStep(teacher, now);
		expect(await accountFailures(teacher.username)).toBe(3);
	});
});

describe('recovery codes', () => {
	it('sign in once each, audited, and never again', async () => {
		const parent = s.classes[0].parent;
		const { codes } = await enrol(parent, atStep(0));
		const now = atStep(2);
		const r = await passwordStep(parent, now);
		expect(r.secondStep).toBe('verify');
		const ok = await completeSecondStep(t.db, r.pending, codes[3]!.toUpperCase(), ip(), now);
		expect(ok.ok).toBe(true);
		expect(await audits(parent.id, 'two_step.recovery_used')).toBe(1);
		expect((await twoStepStatus(t.db, parent.id)).recoveryCodesLeft).toBe(9);
		const again = await passwordStep(parent, now);
		expect(await completeSecondStep(t.db, again.pending, codes[3]!, ip(), now)).toEqual({ ok: false, reason: 'invalid' });
		// Another account's recovery code is no use either.
		const { codes: otherCodes } = await enrol(s.classes[1].parents[1]!, atStep(0));
		expect(await completeSecondStep(t.db, again.pending, otherCodes[0]!, ip(), now)).toEqual({ ok: false, reason: 'invalid' });
	});
});

describe('turning two-step off', () => {
	it('needs a current code from the app, and is audited', async () => {
		const parent = s.classes[0].parents[1]!;
		const { key } = await enrol(parent, atStep(0));
		const now = atStep(3);
		const wrong = codeAt(key, now) === '222222' ? '333333' : '222222';
		await expect(disableTwoStep(t.db, parent.actor, parent.username, wrong, ip(), now)).rejects.toBeInstanceOf(InputError);
		await expect(disableTwoStep(t.db, parent.actor, parent.username, 'abcd-efgh', ip(), now)).rejects.toBeInstanceOf(InputError);
		expect((await twoStepStatus(t.db, parent.id)).enrolled).toBe(true);
		await disableTwoStep(t.db, parent.actor, parent.username, codeAt(key, now), ip(), now);
		expect(await twoStepStatus(t.db, parent.id)).toEqual({ enrolled: false, recoveryCodesLeft: 0 });
		expect(await audits(parent.id, 'two_step.disabled')).toBe(1);
		// Optional for parents: signing in no longer asks for a code.
		expect((await passwordStep(parent, now)).secondStep).toBeNull();
	});

	it('is not for pupils at all', async () => {
		const pupil = s.classes[0].pupils[0]!;
		await expect(beginEnrolment(t.db, owner(pupil))).rejects.toBeInstanceOf(InputError);
		await expect(loadTwoStepSettings(t.db, pupil.actor, owner(pupil))).rejects.toBeInstanceOf(AuthorizationError);
		expect((await passwordStep(pupil, atStep(0))).secondStep).toBeNull();
	});
});

describe('the head resets two-step for a lost phone', () => {
	it('ends their sessions and asks them to enrol again; audited', async () => {
		const parent = s.classes[1].parents[0]!;
		const { key } = await enrol(parent, atStep(0));
		const now = atStep(4);
		const r = await passwordStep(parent, now);
		const signedIn = await completeSecondStep(t.db, r.pending, codeAt(key, now), ip(), now);
		if (!signedIn.ok) throw new Error('sign-in refused');
		await resetTwoStepFor(t.db, s.admin.actor, parent.id);
		expect((await validateSessionToken(t.db, signedIn.token, now)).state).toBe('unknown');
		expect((await twoStepStatus(t.db, parent.id)).enrolled).toBe(false);
		expect(await audits(s.admin.id, 'two_step.reset')).toBe(1);
		// The DSL's role requires it: after a reset their next sign-in goes to enrolment.
		await resetTwoStepFor(t.db, s.admin.actor, s.dsl.id);
		expect((await passwordStep(s.dsl, now)).secondStep).toBe('enrol');
	});

	it('is refused to a lower role, to another school’s head, and for the head’s own', async () => {
		const parent = s.classes[0].parents[0]!;
		expect((await twoStepStatus(t.db, parent.id)).enrolled).toBe(true);
		await expect(resetTwoStepFor(t.db, s.dsl.actor, parent.id)).rejects.toBeInstanceOf(AuthorizationError);
		await expect(resetTwoStepFor(t.db, s.classes[0].teacher.actor, parent.id)).rejects.toBeInstanceOf(AuthorizationError);
		await expect(resetTwoStepFor(t.db, other.admin.actor, parent.id)).rejects.toBeInstanceOf(NotFoundError);
		await expect(resetTwoStepFor(t.db, s.admin.actor, s.admin.id)).rejects.toBeInstanceOf(InputError);
		await expect(resetTwoStepFor(t.db, s.admin.actor, 'not-an-id')).rejects.toBeInstanceOf(NotFoundError);
		expect((await twoStepStatus(t.db, parent.id)).enrolled).toBe(true);
	});

	it('a head whose enrolment is pending cannot reach the accounts page either', async () => {
		const r = await passwordStep(other.admin, atStep(0));
		expect(r.secondStep).toBe('enrol');
		const locals = { user: null, session: null, actor: null, sessionEnded: null, secondStep: r.pending };
		const accountsPage = pageLoad({ permission: 'account.manage', run: () => ({}) });
		await expect(accountsPage({ locals } as never)).rejects.toMatchObject({ status: 303 });
		// Too many wrong first codes are throttled like passwords.
		await expect(Promise.all(Array.from({ length: 12 }, () => enrolAndSignIn(t.db, r.pending, '000000', ip(), atStep(0)).catch((e) => e)))).resolves.toEqual(
			expect.arrayContaining([expect.any(RateLimitError)])
		);
	});
});
