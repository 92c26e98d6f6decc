// The failed-attempt limits hold against a burst: nine failures, then fifty wrong attempts
// fired together, then the right answer, which is refused. Each attempt is counted under a
// lock before its slow check, so the burst cannot all see "nine so far".
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, count, eq, like } from 'drizzle-orm';
import { openTestDatabase, type TestDatabase } from '../support/database';
import { createTestSchool, TEST_PASSWORD, type TestSchool } from '../support/factories';
import { signIn } from '../../../src/lib/server/auth/login';
import { issueInvitation } from '../../../src/lib/server/agreements/invitations';
import { CodeThrottledError, joinWithCode, linkChildWithCode, markInvitationLinkFollowed } from '../../../src/lib/server/agreements/join';
import { anonymous, callLoad, routeFile } from '../support/routes';
import { loginFailures, users } from '../../../src/lib/server/db/schema';
import { MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_ADDRESS } from '../../../src/lib/domain/auth/login-throttle';
import { MAX_CODE_FAILURES } from '../../../src/lib/domain/agreements';

let t: TestDatabase;
let s: TestSchool;
beforeAll(async () => {
	t = await openTestDatabase();
	s = await createTestSchool(t.db, 3);
}, 180_000);
afterAll(() => t.close());

let ipCounter = 0;
const freshIp = () => `198.51.100.${++ipCounter}`;
const BURST = 50;
const outcomes = (results: PromiseSettledResult<unknown>[]) => results.map((r) => (r.status === 'fulfilled' ? 'accepted' : (r.reason as Error).name));

describe('a burst of wrong passwords', () => {
	it('per account: 9 failures, 50 at once, then the right password is refused', async () => {
		const user = s.classes[0].pupils[0]!;
		for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT - 1; i++)
			expect(await signIn(t.db, { username: user.username, password: `wrong-${i}`, ipAddress: freshIp() })).toEqual({ ok: false, reason: 'invalid' });
		const burst = await Promise.all(
			Array.from({ length: BURST }, (_, i) => signIn(t.db, { username: user.username, password: `burst-${i}`, ipAddress: freshIp() }))
		);
		// Exactly one more guess was checked; every other one was refused unchecked.
		expect(burst.filter((r) => !r.ok && r.reason === 'invalid')).toHaveLength(1);
		expect(burst.filter((r) => !r.ok && r.reason === 'throttled')).toHaveLength(BURST - 1);
		const right = await signIn(t.db, { username: user.username, password: TEST_PASSWORD, ipAddress: freshIp() });
		expect(right).toMatchObject({ ok: false, reason: 'throttled' });
		const [n] = await t.db
			.select({ n: count() })
			.from(loginFailures)
			.where(eq(loginFailures.throttleKey, `account:${user.username}`));
		expect(n?.n).toBe(MAX_FAILURES_PER_ACCOUNT);
	}, 120_000);

	it('per address: 49 failures across accounts, 50 at once, then the right password is refused', async () => {
		const address = freshIp();
		for (let i = 0; i < MAX_FAILURES_PER_ADDRESS - 1; i++) await signIn(t.db, { username: `nobody.${i}`, password: 'x', ipAddress: address });
		const burst = await Promise.all(
			Array.from({ length: BURST }, (_, i) => signIn(t.db, { username: `burst.nobody.${i}`, password: 'x', ipAddress: address }))
		);
		expect(burst.filter((r) => !r.ok && r.reason === 'invalid')).toHaveLength(1);
		const right = await signIn(t.db, { username: s.classes[1].pupils[0]!.username, password: TEST_PASSWORD, ipAddress: address });
		expect(right).toMatchObject({ ok: false, reason: 'throttled' });
	}, 120_000);

	it('does not count right passwords signing in together from one school address', async () => {
		const address = freshIp();
		const pupils = [...s.classes[0].pupils.slice(1), ...s.classes[1].pupils.slice(1)];
		const results = await Promise.all(pupils.map((p) => signIn(t.db, { username: p.username, password: TEST_PASSWORD, ipAddress: address })));
		expect(results.every((r) => r.ok)).toBe(true);
		const [n] = await t.db
			.select({ n: count() })
			.from(loginFailures)
			.where(eq(loginFailures.throttleKey, `address:${address}`));
		expect(n?.n).toBe(0);
	}, 120_000);
});

describe('a burst of wrong invitation codes', () => {
	const newParent = (code: string, username: string) => ({ code, firstName: 'Jo', surname: 'Carer', username, password: 'marmalade kettle orbit' });

	it('per address: 9 wrong codes, 50 at once, then the right code is refused', async () => {
		const ip = freshIp();
		for (let i = 0; i < MAX_CODE_FAILURES - 1; i++)
			await expect(joinWithCode(t.db, newParent('ABCD-EFGH-JKMN', `guess.${i}`), ip)).rejects.toMatchObject({ field: 'code' });
		const burst = await Promise.allSettled(Array.from({ length: BURST }, (_, i) => joinWithCode(t.db, newParent('ABCD-EFGH-JKMP', `burst.${i}`), ip)));
		const names = outcomes(burst);
		expect(names.filter((n) => n === 'InputError')).toHaveLength(1);
		expect(names.filter((n) => n === 'CodeThrottledError')).toHaveLength(BURST - 1);
		const { code } = await issueInvitation(t.db, s.admin.actor, s.classes[0].pupils[2]!.id);
		await expect(joinWithCode(t.db, newParent(code, 'right.code.late'), ip)).rejects.toBeInstanceOf(CodeThrottledError);
		const [made] = await t.db.select({ n: count() }).from(users).where(like(users.username, 'burst.%'));
		expect(made?.n).toBe(0);
	}, 120_000);

	it('per signed-in parent: 9 wrong codes, 50 at once, then the right code is refused', async () => {
		const parent = s.classes[1].parent;
		for (let i = 0; i < MAX_CODE_FAILURES - 1; i++)
			await expect(linkChildWithCode(t.db, parent.actor, 'ABCD-EFGH-JKMN', freshIp())).rejects.toMatchObject({ field: 'code' });
		const burst = await Promise.allSettled(Array.from({ length: BURST }, () => linkChildWithCode(t.db, parent.actor, 'ABCD-EFGH-JKMP', freshIp())));
		expect(outcomes(burst).filter((n) => n === 'InputError')).toHaveLength(1);
		const { code } = await issueInvitation(t.db, s.admin.actor, s.classes[0].pupils[1]!.id);
		await expect(linkChildWithCode(t.db, parent.actor, code, freshIp())).rejects.toBeInstanceOf(CodeThrottledError);
		const [n] = await t.db
			.select({ n: count() })
			.from(loginFailures)
			.where(and(eq(loginFailures.throttleKey, `invitation:account:${parent.id}`)));
		expect(n?.n).toBe(MAX_CODE_FAILURES);
	}, 120_000);
});

describe('invitation links (/join?code=…)', () => {
	const linkFailures = async (ip: string) =>
		(
			await t.db
				.select({ n: count() })
				.from(loginFailures)
				.where(eq(loginFailures.throttleKey, `invitation:address:${ip}`))
		)[0]!.n;

	it('count a code that is no waiting invitation against the address, and not one that is', async () => {
		const ip = freshIp();
		await markInvitationLinkFollowed(t.db, 'ABCD-EFGH-JKMN', ip);
		await markInvitationLinkFollowed(t.db, 'not a code at all', ip);
		expect(await linkFailures(ip)).toBe(2);
		const { code } = await issueInvitation(t.db, s.admin.actor, s.classes[1].pupils[1]!.id);
		await markInvitationLinkFollowed(t.db, code, ip);
		expect(await linkFailures(ip)).toBe(2);
	});

	it('share the limit with typed codes: 10 wrong links, then the right code typed is refused', async () => {
		const ip = freshIp();
		for (let i = 0; i < MAX_CODE_FAILURES; i++) await markInvitationLinkFollowed(t.db, `ABCD-EFGH-JK${i}M`, ip);
		const { code } = await issueInvitation(t.db, s.admin.actor, s.classes[1].pupils[2]!.id);
		const parent = { code, firstName: 'Jo', surname: 'Carer', username: `link.late.${Date.now()}`, password: 'marmalade kettle orbit' };
		await expect(joinWithCode(t.db, parent, ip)).rejects.toBeInstanceOf(CodeThrottledError);
	});

	it('a burst of 50 links at once counts no more than the limit', async () => {
		const ip = freshIp();
		await Promise.all(Array.from({ length: BURST }, (_, i) => markInvitationLinkFollowed(t.db, `WXYZ-EFGH-${String(i).padStart(4, 'A')}`, ip)));
		expect(await linkFailures(ip)).toBe(MAX_CODE_FAILURES);
	}, 120_000);

	it('the join page counts the link it is opened with, by the visitor’s address', async () => {
		const visitor = { ...anonymous(), address: freshIp() };
		const outcome = await callLoad(routeFile('(auth)/join/+page.server.ts'), visitor, { search: '?code=ABCD-EFGH-JKMN' });
		expect(outcome).toMatchObject({ status: 200, data: { code: 'ABCD-EFGH-JKMN' } });
		expect(await linkFailures(visitor.address)).toBe(1);
	});
});
