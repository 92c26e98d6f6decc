// A new set of two-step recovery codes, without turning two-step off and on: it needs the
// current password or a current code from the app (never an old recovery code), every old
// code stops working at once, the new ones work once each, it is audited, and a wrong answer
// is a failed sign-in in the same limits as passwords.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, count, eq } from 'drizzle-orm';
import { decodeBase32IgnorePadding } from '@oslojs/encoding';
import { generateHOTP } from '@oslojs/otp';
import { openTestDatabase, type TestDatabase } from '../support/database';
import { createTestSchool, TEST_PASSWORD, type TestSchool, type TestUser } from '../support/factories';
import { callAction, formBody, routeFile, visitorFor } from '../support/routes';
import { signIn } from '../../../src/lib/server/auth/login';
import { completeSecondStep } from '../../../src/lib/server/auth/two-step-sign-in';
import { beginEnrolment, enrolSignedIn, twoStepStatus, type TwoStepOwner } from '../../../src/lib/server/auth/two-step';
import { makeNewRecoveryCodes } from '../../../src/lib/server/auth/recovery-codes';
import { AuthorizationError } from '../../../src/lib/server/auth/authorize';
import { ConflictError, InputError, RateLimitError } from '../../../src/lib/server/errors';
import { auditLog, loginFailures } from '../../../src/lib/server/db/schema';
import { MAX_FAILURES_PER_ACCOUNT } from '../../../src/lib/domain/auth/login-throttle';
import { timeStepAt } from '../../../src/lib/domain/auth/two-step';

let t: TestDatabase;
let s: TestSchool;
beforeAll(async () => {
	t = await openTestDatabase();
	s = await createTestSchool(t.db, 3);
}, 120_000);
afterAll(() => t.close());

let ipCounter = 0;
const ip = () => `198.51.100.${++ipCounter}`;
const owner = (u: TestUser): TwoStepOwner => ({ id: u.id, schoolId: s.id, username: u.username, role: u.role });
const STEP0 = timeStepAt(new Date());
const atStep = (n: number) => new Date((STEP0 + n) * 30_000 + 5_000);
const codeAt = (key: Uint8Array, when: Date) => generateHOTP(key, BigInt(timeStepAt(when)), 6);
const wrongCode = (key: Uint8Array, when: Date) => (codeAt(key, when) === '222222' ? '333333' : '222222');

async function enrol(user: TestUser, when: Date) {
	const offer = await beginEnrolment(t.db, owner(user));
	const key = decodeBase32IgnorePadding(offer.secret.replace(/ /g, ''));
	return { key, codes: await enrolSignedIn(t.db, user.actor, owner(user), codeAt(key, when), ip(), when) };
}

/** Password, then `code` at the second step: whether the sign-in completes. */
async function signsInWith(user: TestUser, code: string, now: Date): Promise<boolean> {
	const r = await signIn(t.db, { username: user.username, password: TEST_PASSWORD, ipAddress: ip() }, now);
	if (!r.ok || r.secondStep !== 'verify') throw new Error('expected a pending second step');
	const done = await completeSecondStep(t.db, { sessionId: r.session.id, userId: user.id, step: 'verify' }, code, ip(), now);
	return done.ok;
}

const renewals = async (userId: string) =>
	t.db
		.select({ details: auditLog.details })
		.from(auditLog)
		.where(and(eq(auditLog.actorId, userId), eq(auditLog.action, 'two_step.recovery_codes_renewed')));
const accountFailures = async (username: string) =>
	(
		await t.db
			.select({ n: count() })
			.from(loginFailures)
			.where(eq(loginFailures.throttleKey, `account:${username}`))
	)[0]!.n;

describe('a new set of recovery codes', () => {
	it('with the password: every old code stops working, used or not; each new one works once; audited', async () => {
		const teacher = s.classes[0].teacher;
		const { codes: old } = await enrol(teacher, atStep(0));
		expect(await signsInWith(teacher, old[0]!, atStep(1))).toBe(true);
		const fresh = await makeNewRecoveryCodes(t.db, teacher.actor, owner(teacher), { password: TEST_PASSWORD, code: '' }, ip(), atStep(2));
		expect(fresh).toHaveLength(10);
		expect(fresh.some((c) => old.includes(c))).toBe(false);
		expect((await twoStepStatus(t.db, teacher.id)).recoveryCodesLeft).toBe(10);
		for (const code of [old[0]!, old[1]!, old[9]!]) expect(await signsInWith(teacher, code, atStep(3))).toBe(false);
		expect(await signsInWith(teacher, fresh[4]!, atStep(3))).toBe(true);
		expect(await signsInWith(teacher, fresh[4]!, atStep(3))).toBe(false);
		expect((await renewals(teacher.id)).map((r) => r.details)).toEqual([{ provedWith: 'password', unusedReplaced: 9 }]);
	});

	it('with a current code from the app, which is then used up like any code', async () => {
		const parent = s.classes[0].parents[0]!;
		const { key, codes: old } = await enrol(parent, atStep(0));
		const now = atStep(4);
		const fresh = await makeNewRecoveryCodes(t.db, parent.actor, owner(parent), { password: '', code: codeAt(key, now) }, ip(), now);
		expect(await signsInWith(parent, old[2]!, now)).toBe(false);
		expect(await signsInWith(parent, fresh[0]!, now)).toBe(true);
		// The same app code cannot make a second set.
		await expect(makeNewRecoveryCodes(t.db, parent.actor, owner(parent), { password: '', code: codeAt(key, now) }, ip(), now)).rejects.toBeInstanceOf(
			InputError
		);
		expect((await renewals(parent.id)).map((r) => r.details)).toEqual([{ provedWith: 'code', unusedReplaced: 10 }]);
	});

	it('refuses a wrong password, a wrong code and an old recovery code as proof; the old codes still work; each counts as a failed sign-in', async () => {
		const parent = s.classes[0].parents[1]!;
		const { key, codes: old } = await enrol(parent, atStep(0));
		const now = atStep(5);
		const before = await accountFailures(parent.username);
		for (const proof of [
			{ password: 'not-the-password', code: '' },
			{ password: '', code: wrongCode(key, now) },
			{ password: '', code: old[0]! },
			{ password: 'not-the-password', code: old[1]! }
		])
			await expect(makeNewRecoveryCodes(t.db, parent.actor, owner(parent), proof, ip(), now)).rejects.toBeInstanceOf(InputError);
		expect(await accountFailures(parent.username)).toBe(before + 4);
		expect(await renewals(parent.id)).toHaveLength(0);
		expect((await twoStepStatus(t.db, parent.id)).recoveryCodesLeft).toBe(10);
		expect(await signsInWith(parent, old[5]!, now)).toBe(true);
	});

	it('stops after the sign-in limit, even for the right password', async () => {
		const teacher = s.classes[1].teacher;
		await enrol(teacher, atStep(0));
		const now = atStep(6);
		for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++)
			await expect(makeNewRecoveryCodes(t.db, teacher.actor, owner(teacher), { password: `wrong-${i}`, code: '' }, ip(), now)).rejects.toBeInstanceOf(
				InputError
			);
		await expect(makeNewRecoveryCodes(t.db, teacher.actor, owner(teacher), { password: TEST_PASSWORD, code: '' }, ip(), now)).rejects.toBeInstanceOf(
			RateLimitError
		);
	}, 60_000);

	it('is refused with two-step off, and to a pupil', async () => {
		const parent = s.classes[1].parents[0]!;
		await expect(makeNewRecoveryCodes(t.db, parent.actor, owner(parent), { password: TEST_PASSWORD, code: '' }, ip(), atStep(0))).rejects.toBeInstanceOf(
			ConflictError
		);
		const pupil = s.classes[0].pupils[0]!;
		await expect(makeNewRecoveryCodes(t.db, pupil.actor, owner(pupil), { password: TEST_PASSWORD, code: '' }, ip(), atStep(0))).rejects.toBeInstanceOf(
			AuthorizationError
		);
	});

	it('is a form on the two-step page that shows the new codes once, for staff and parents', async () => {
		const dsl = s.dsl;
		const { codes: old } = await enrol(dsl, atStep(0));
		const page = routeFile('(staff)/staff/account/two-step/+page.server.ts');
		const visitor = await visitorFor(t.db, dsl.username);
		const empty = await callAction(page, 'newCodes', visitor, formBody({}));
		expect(empty).toMatchObject({ status: 400, data: { formName: 'newCodes' } });
		const wrong = await callAction(page, 'newCodes', visitor, formBody({ password: 'not-the-password' }));
		expect(wrong.status).toBe(400);
		expect(JSON.stringify(wrong.data)).not.toContain('not-the-password');
		const done = await callAction(page, 'newCodes', visitor, formBody({ password: TEST_PASSWORD }));
		expect(done).toMatchObject({ status: 200, data: { renewed: true } });
		const fresh = (done.data as { recoveryCodes: string[] }).recoveryCodes;
		expect(fresh).toHaveLength(10);
		expect(await signsInWith(dsl, old[3]!, atStep(1))).toBe(false);
		expect(await signsInWith(dsl, fresh[3]!, atStep(1))).toBe(true);
		const parent = s.classes[1].parents[1]!;
		await enrol(parent, atStep(0));
		const parentPage = routeFile('(parent)/parent/account/two-step/+page.server.ts');
		const forParent = await callAction(parentPage, 'newCodes', await visitorFor(t.db, parent.username), formBody({ password: TEST_PASSWORD }));
		expect(forParent).toMatchObject({ status: 200, data: { renewed: true } });
	});
});
