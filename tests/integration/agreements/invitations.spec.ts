// Invitation codes on a real database: issuing (by the pupil's teacher or an admin only),
// a new parent joining with a code, a signed-in parent linking a sibling, and every
// refusal: cancelled, used, expired, malformed, another school's, a weak password, a taken
// username, too many tries. A refused attempt creates no account and links nobody.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, count, eq, like } from 'drizzle-orm';
import { openTestDatabase, type TestDatabase } from '../support/database';
import { createTestSchool, type TestSchool } from '../support/factories';
import { auditLog, loginFailures, parentInvitations, parentLinks, users } from '../../../src/lib/server/db/schema';
import { issueForUnlinked, issueInvitation, revokeInvitation } from '../../../src/lib/server/agreements/invitations';
import { CodeThrottledError, joinWithCode, linkChildWithCode } from '../../../src/lib/server/agreements/join';
import { validateSessionToken } from '../../../src/lib/server/auth/session';
import { AuthorizationError } from '../../../src/lib/server/auth/authorize';
import { InputError } from '../../../src/lib/server/errors';
import { INVITATION_ERROR_MESSAGES, MAX_CODE_FAILURES } from '../../../src/lib/domain/agreements';
import { actorOf } from './support';

let t: TestDatabase;
let a: TestSchool;
let b: TestSchool;
beforeAll(async () => {
	t = await openTestDatabase();
	a = await createTestSchool(t.db);
	b = await createTestSchool(t.db);
});
afterAll(() => t.close());

let ipCounter = 0;
const freshIp = () => `10.0.0.${++ipCounter}`;
const newParent = (code: string, username: string) => ({ code, firstName: 'Jo', surname: 'Carer', username, password: 'marmalade kettle orbit' });
const usersNamed = async (username: string) => (await t.db.select({ n: count() }).from(users).where(eq(users.username, username)))[0]!.n;

describe('issuing codes', () => {
	it("lets the pupil's teacher and an admin issue, and audits without the code", async () => {
		const pupil = a.classes[0].pupils[1]!;
		const letter = await issueInvitation(t.db, a.classes[0].teacher.actor, pupil.id);
		expect(letter.code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
		expect(letter.pupilFirstName).toBe('PupilA2');
		const [audit] = await t.db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.action, 'invitation.issued'), eq(auditLog.targetId, letter.invitationId)));
		expect(JSON.stringify(audit)).not.toContain(letter.code.replace(/-/g, ''));
		await expect(issueInvitation(t.db, a.admin.actor, pupil.id)).resolves.toBeTruthy();
	});

	it("refuses another class's teacher, a DSL, a parent and another school's admin", async () => {
		const pupil = a.classes[0].pupils[1]!;
		for (const actor of [a.classes[1].teacher.actor, a.dsl.actor, a.classes[0].parent.actor, b.admin.actor]) {
			await expect(issueInvitation(t.db, actor, pupil.id)).rejects.toBeInstanceOf(AuthorizationError);
		}
	});

	it('prints a class set only for pupils with no parent account and no working code', async () => {
		const s = await createTestSchool(t.db, 2);
		await t.db.delete(parentLinks).where(eq(parentLinks.pupilId, s.classes[0].pupils[1]!.id));
		const first = await issueForUnlinked(t.db, s.classes[0].teacher.actor, s.classes[0].id);
		expect(first.map((l) => l.pupilId)).toEqual([s.classes[0].pupils[1]!.id]);
		expect(await issueForUnlinked(t.db, s.classes[0].teacher.actor, s.classes[0].id)).toEqual([]);
	});
});

describe('joining with a code', () => {
	it('creates a parent account linked to that child, signs them in, and uses up the code', async () => {
		const pupil = a.classes[1].pupils[1]!;
		const { code, invitationId } = await issueInvitation(t.db, a.admin.actor, pupil.id);
		const { token } = await joinWithCode(t.db, newParent(code.toLowerCase().replace(/-/g, ' '), 'jo.carer'), freshIp());
		const session = await validateSessionToken(t.db, token);
		expect(session.state).toBe('active');
		const [user] = await t.db.select().from(users).where(eq(users.username, 'jo.carer'));
		expect(user).toMatchObject({ role: 'parent', schoolId: a.id });
		const links = await t.db.select().from(parentLinks).where(eq(parentLinks.parentId, user!.id));
		expect(links.map((l) => l.pupilId)).toEqual([pupil.id]);
		// The code is marked used, by this parent, once: a second family is refused.
		const [used] = await t.db.select().from(parentInvitations).where(eq(parentInvitations.id, invitationId));
		expect(used).toMatchObject({ usedBy: user!.id, usedAt: expect.any(Date) });
		await expect(joinWithCode(t.db, newParent(code, 'jo.carer2'), freshIp())).rejects.toThrow(INVITATION_ERROR_MESSAGES.used);
		expect(await usersNamed('jo.carer2')).toBe(0);
	});

	it('refuses a cancelled code, an expired one and a malformed one, creating nobody', async () => {
		const pupil = a.classes[1].pupils[2]!;
		const cancelled = await issueInvitation(t.db, a.admin.actor, pupil.id);
		await revokeInvitation(t.db, a.classes[1].teacher.actor, cancelled.invitationId);
		await expect(joinWithCode(t.db, newParent(cancelled.code, 'x.cancelled'), freshIp())).rejects.toThrow(INVITATION_ERROR_MESSAGES.revoked);
		const expired = await issueInvitation(t.db, a.admin.actor, pupil.id, new Date(Date.now() - 40 * 86_400_000));
		await expect(joinWithCode(t.db, newParent(expired.code, 'x.expired'), freshIp())).rejects.toThrow(INVITATION_ERROR_MESSAGES.expired);
		await expect(joinWithCode(t.db, newParent('ABCD-0000-EFGH', 'x.malformed'), freshIp())).rejects.toThrow(INVITATION_ERROR_MESSAGES['excluded-character']);
		await expect(joinWithCode(t.db, newParent('', 'x.empty'), freshIp())).rejects.toThrow(INVITATION_ERROR_MESSAGES.empty);
		const [n] = await t.db.select({ n: count() }).from(users).where(like(users.username, 'x.%'));
		expect(n?.n).toBe(0);
	});

	it('refuses a weak password and a taken username without using the code', async () => {
		const pupil = a.classes[0].pupils[2]!;
		const { code, invitationId } = await issueInvitation(t.db, a.admin.actor, pupil.id);
		await expect(joinWithCode(t.db, { ...newParent(code, 'weak.pw'), password: 'password1' }, freshIp())).rejects.toMatchObject({ field: 'password' });
		await expect(joinWithCode(t.db, newParent(code, a.classes[0].parent.username), freshIp())).rejects.toMatchObject({ field: 'username' });
		const [row] = await t.db.select().from(parentInvitations).where(eq(parentInvitations.id, invitationId));
		expect(row?.usedAt).toBeNull();
		expect(await usersNamed('weak.pw')).toBe(0);
	});

	it('throttles wrong codes from one address, even when the next one is right', async () => {
		const ip = freshIp();
		for (let i = 0; i < MAX_CODE_FAILURES; i++) {
			await expect(joinWithCode(t.db, newParent('ABCD-EFGH-JKMN', `guess.${i}`), ip)).rejects.toBeInstanceOf(InputError);
		}
		const { code } = await issueInvitation(t.db, a.admin.actor, a.classes[0].pupils[2]!.id);
		await expect(joinWithCode(t.db, newParent(code, 'blocked.parent'), ip)).rejects.toBeInstanceOf(CodeThrottledError);
		await expect(joinWithCode(t.db, newParent(code, 'other.address'), freshIp())).resolves.toBeTruthy();
		const [n] = await t.db
			.select({ n: count() })
			.from(loginFailures)
			.where(eq(loginFailures.throttleKey, `invitation:address:${ip}`));
		expect(n?.n).toBe(MAX_CODE_FAILURES);
	});
});

describe('a signed-in parent linking a brother or sister', () => {
	it('links the sibling with their code', async () => {
		const parent = a.classes[0].parent;
		const sibling = a.classes[1].pupils[0]!;
		const { code } = await issueInvitation(t.db, a.admin.actor, sibling.id);
		expect(await linkChildWithCode(t.db, parent.actor, code, freshIp())).toBe(sibling.id);
		const after = await actorOf(t.db, a, parent);
		expect([...after.childIds].sort()).toEqual([a.classes[0].pupils[0]!.id, sibling.id].sort());
	});

	it("treats another school's code as not found and refuses a child already linked", async () => {
		const parent = a.classes[1].parent;
		const { code: foreign } = await issueInvitation(t.db, b.admin.actor, b.classes[0].pupils[1]!.id);
		await expect(linkChildWithCode(t.db, parent.actor, foreign, freshIp())).rejects.toThrow(INVITATION_ERROR_MESSAGES['not-found']);
		const { code: own } = await issueInvitation(t.db, a.admin.actor, a.classes[1].pupils[0]!.id);
		await expect(linkChildWithCode(t.db, parent.actor, own, freshIp())).rejects.toThrow(/already linked/);
		const links = await t.db.select().from(parentLinks).where(eq(parentLinks.parentId, parent.id));
		expect(links).toHaveLength(1);
	});

	it('refuses a teacher or pupil using a code', async () => {
		const { code } = await issueInvitation(t.db, a.admin.actor, a.classes[1].pupils[1]!.id);
		await expect(linkChildWithCode(t.db, a.classes[0].teacher.actor, code, freshIp())).rejects.toBeInstanceOf(AuthorizationError);
		await expect(linkChildWithCode(t.db, a.classes[0].pupils[0]!.actor, code, freshIp())).rejects.toBeInstanceOf(AuthorizationError);
	});

	it('refuses cancelling a code from another school or one already used', async () => {
		const { invitationId } = await issueInvitation(t.db, b.admin.actor, b.classes[0].pupils[2]!.id);
		await expect(revokeInvitation(t.db, a.admin.actor, invitationId)).rejects.toThrow(/does not exist/);
		const used = await issueInvitation(t.db, a.admin.actor, a.classes[1].pupils[2]!.id);
		await joinWithCode(t.db, newParent(used.code, 'used.code'), freshIp());
		await expect(revokeInvitation(t.db, a.admin.actor, used.invitationId)).rejects.toMatchObject({ field: 'invitationId' });
	});
});
