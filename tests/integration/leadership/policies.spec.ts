// The policy register on a real database: the head publishes policies and new versions,
// staff acknowledge them, the head sees who has not, and a version left unread past its
// fortnight closes that person's gate (the same gate as the staff agreement) until they
// read it. Every change is audited; every boundary is tried from the wrong side.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { openTestDatabase, type TestDatabase } from '../support/database';
import { createTestSchool, TEST_PASSWORD, type TestSchool } from '../support/factories';
import {
	acknowledgePolicy,
	createPolicy,
	getPolicy,
	listPolicies,
	loadOwedAcknowledgementsOf,
	publishPolicyVersion,
	updatePolicyDetails
} from '../../../src/lib/server/leadership/policies';
import { auditLog, users } from '../../../src/lib/server/db/schema';
import { loadActor } from '../../../src/lib/server/auth/actor';
import { hashPassword } from '../../../src/lib/server/auth/passwords';
import { AuthorizationError } from '../../../src/lib/server/auth/authorize';
import { InputError, NotFoundError } from '../../../src/lib/server/errors';
import { can, type Actor } from '../../../src/lib/domain/auth/permissions';
import { newPolicySchema, policyDetailsSchema, policyVersionSchema } from '../../../src/lib/domain/leadership/inputs';
import { ACKNOWLEDGE_GRACE_DAYS } from '../../../src/lib/domain/leadership/policies';

/** What one member of staff still owes, through the loader the gate uses. */
const owedBy = async (db: Parameters<typeof loadOwedAcknowledgementsOf>[0], schoolId: string, staffId: string, now?: Date) => {
	const owed = (await loadOwedAcknowledgementsOf(db, schoolId, [staffId], now)).get(staffId);
	if (!owed) throw new Error(`no answer for ${staffId}`);
	return owed;
};

let t: TestDatabase;
let s: TestSchool;
let other: TestSchool;
beforeAll(async () => {
	t = await openTestDatabase();
	s = await createTestSchool(t.db, 1);
	other = await createTestSchool(t.db, 1);
});
afterAll(() => t.close());

const DAY = 86_400_000;
const policy = (ownerId: string, overrides: Record<string, unknown> = {}) =>
	newPolicySchema.parse({
		title: 'Online safety policy',
		kind: 'e-safety',
		ownerId,
		reviewOn: '2027-09-30',
		requiresAcknowledgement: 'on',
		body: 'Staff use only school accounts to talk to pupils and families.\n\nAny concern goes to the DSL the same day.',
		...overrides
	});

const gateOf = async (user: { id: string; username: string; role: Actor['role'] }, schoolId: string, at: Date) =>
	(await loadActor(t.db, { id: user.id, schoolId, role: user.role, username: user.username, firstName: '', surname: '' }, at)).gate;

describe('the policy register', () => {
	it('publishes a policy, lets staff acknowledge it, and shows the head who has not', async () => {
		const now = new Date('2026-11-02T10:00:00Z');
		const { id } = await createPolicy(t.db, s.admin.actor, policy(s.dsl.id), now);
		const teacher = s.classes[0].teacher;

		const forTeacher = (await listPolicies(t.db, teacher.actor, now)).find((p) => p.id === id)!;
		expect(forTeacher).toMatchObject({ title: 'Online safety policy', currentVersion: 1, acknowledgedByMe: false, acknowledged: null });
		// The head wrote it, so the head has read it; nobody else has yet.
		const detail = await getPolicy(t.db, s.admin.actor, id, now);
		const waiting = detail
			.staff!.filter((row) => row.acknowledgedAt === null)
			.map((row) => row.staffId)
			.sort();
		expect(waiting).toEqual([s.dsl.id, s.classes[0].teacher.id, s.classes[1].teacher.id].sort());
		expect(detail.staff!.find((row) => row.staffId === s.admin.id)!.acknowledgedAt).not.toBeNull();
		// A teacher's view has no list of other people.
		expect((await getPolicy(t.db, teacher.actor, id, now)).staff).toBeNull();

		await acknowledgePolicy(t.db, teacher.actor, detail.current.id, now);
		await acknowledgePolicy(t.db, teacher.actor, detail.current.id, now); // twice is once
		const after = (await listPolicies(t.db, s.admin.actor, now)).find((p) => p.id === id)!;
		expect(after.acknowledged).toEqual({ done: 2, of: 4 });
		const audit = await t.db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.schoolId, s.id), eq(auditLog.targetId, id)));
		expect(audit.map((a) => a.action).sort()).toEqual(['policy.acknowledged', 'policy.created']);
	});

	it('asks everyone again for a new version, and an old version can no longer be acknowledged', async () => {
		const now = new Date('2026-11-03T10:00:00Z');
		const { id } = await createPolicy(t.db, s.admin.actor, policy(s.admin.id, { title: 'Acceptable use policy', kind: 'acceptable-use' }), now);
		const v1 = (await getPolicy(t.db, s.admin.actor, id, now)).current.id;
		await acknowledgePolicy(t.db, s.dsl.actor, v1, now);
		const { number } = await publishPolicyVersion(
			t.db,
			s.admin.actor,
			policyVersionSchema.parse({
				policyId: id,
				body: 'Version two: pupils never share passwords, even with friends.',
				changeNote: 'Passwords section rewritten'
			}),
			new Date(now.getTime() + DAY)
		);
		expect(number).toBe(2);
		const owed = await owedBy(t.db, s.id, s.dsl.id, new Date(now.getTime() + 2 * DAY));
		expect(owed.find((o) => o.policyId === id)).toMatchObject({ number: 2, overdue: false });
		await expect(acknowledgePolicy(t.db, s.dsl.actor, v1, now)).rejects.toBeInstanceOf(InputError);
		const detail = await getPolicy(t.db, s.dsl.actor, id, now);
		expect(detail.versions.map((v) => v.number)).toEqual([2, 1]);
		expect(detail.current.changeNote).toBe('Passwords section rewritten');
	});

	it('closes the gate of someone who has not read a new version after the grace period, and reopens it when they do', async () => {
		// A school of its own, so the other tests' policies do not count here. Every date is fixed
		// (mid-October, far from 1 September, when staff sign again), so only the policy can close the gate.
		const signedAt = new Date('2026-10-01T09:00:00Z');
		const school = await createTestSchool(t.db, 1, { signedAt });
		const published = new Date(signedAt.getTime() + DAY);
		const { id } = await createPolicy(t.db, school.admin.actor, policy(school.admin.id), published);
		const teacher = school.classes[0].teacher;
		const withinGrace = new Date(published.getTime() + (ACKNOWLEDGE_GRACE_DAYS - 1) * DAY);
		const afterGrace = new Date(published.getTime() + (ACKNOWLEDGE_GRACE_DAYS + 1) * DAY);

		expect((await gateOf(teacher, school.id, withinGrace)).open).toBe(true);
		const closed = await gateOf(teacher, school.id, afterGrace);
		expect(closed).toEqual({ open: false, missing: ['policy-acknowledgement'], owedPolicies: [expect.objectContaining({ policyId: id, overdue: true })] });
		const closedActor = await loadActor(
			t.db,
			{ id: teacher.id, schoolId: school.id, role: 'teacher', username: teacher.username, firstName: '', surname: '' },
			afterGrace
		);
		const ownClass = { kind: 'class' as const, schoolId: school.id, classId: school.classes[0].id };
		expect(can(closedActor, 'moderation.decide', ownClass)).toBe(false);
		// ...but they can still read and acknowledge the policy that opens it.
		expect(can(closedActor, 'policy.acknowledge', { kind: 'school', schoolId: school.id })).toBe(true);
		const version = (await getPolicy(t.db, closedActor, id, afterGrace)).current.id;
		await acknowledgePolicy(t.db, closedActor, version, afterGrace);
		expect((await gateOf(teacher, school.id, afterGrace)).open).toBe(true);

		// A withdrawn policy, or one that asks for no acknowledgement, gates nobody.
		const other2 = await createPolicy(t.db, school.admin.actor, policy(school.admin.id, { title: 'Behaviour policy', kind: 'behaviour' }), published);
		expect((await gateOf(teacher, school.id, afterGrace)).open).toBe(false);
		await updatePolicyDetails(
			t.db,
			school.admin.actor,
			policyDetailsSchema.parse({
				policyId: other2.id,
				title: 'Behaviour policy',
				kind: 'behaviour',
				ownerId: school.admin.id,
				reviewOn: '2027-09-30',
				requiresAcknowledgement: 'on',
				withdrawn: 'on'
			})
		);
		expect((await gateOf(teacher, school.id, afterGrace)).open).toBe(true);
	});

	it('keeps every school, role and form boundary', async () => {
		const { id } = await createPolicy(t.db, s.admin.actor, policy(s.admin.id, { title: 'Data protection policy', kind: 'data-protection' }));
		const version = (await getPolicy(t.db, s.admin.actor, id)).current.id;
		// Another school sees nothing of it and cannot acknowledge or change it.
		await expect(getPolicy(t.db, other.admin.actor, id)).rejects.toBeInstanceOf(NotFoundError);
		expect((await listPolicies(t.db, other.admin.actor)).some((p) => p.id === id)).toBe(false);
		await expect(acknowledgePolicy(t.db, other.classes[0].teacher.actor, version)).rejects.toBeInstanceOf(NotFoundError);
		await expect(
			publishPolicyVersion(
				t.db,
				other.admin.actor,
				policyVersionSchema.parse({ policyId: id, body: 'Someone else’s rewrite of the policy.', changeNote: 'rewrite' })
			)
		).rejects.toBeInstanceOf(NotFoundError);
		// Only the head writes policies; a DSL or teacher cannot, and pupils and parents cannot read them.
		await expect(createPolicy(t.db, s.dsl.actor, policy(s.dsl.id))).rejects.toBeInstanceOf(AuthorizationError);
		await expect(
			publishPolicyVersion(
				t.db,
				s.classes[0].teacher.actor,
				policyVersionSchema.parse({ policyId: id, body: 'A teacher’s rewrite of the policy.', changeNote: 'rewrite' })
			)
		).rejects.toBeInstanceOf(AuthorizationError);
		await expect(listPolicies(t.db, s.classes[0].pupils[0]!.actor)).rejects.toBeInstanceOf(AuthorizationError);
		await expect(listPolicies(t.db, s.classes[0].parent.actor)).rejects.toBeInstanceOf(AuthorizationError);
		// The owner must be this school's staff, never a parent or someone elsewhere.
		await expect(createPolicy(t.db, s.admin.actor, policy(s.classes[0].parent.id))).rejects.toBeInstanceOf(InputError);
		await expect(createPolicy(t.db, s.admin.actor, policy(other.admin.id))).rejects.toBeInstanceOf(InputError);
	});

	it('lets a governor read the register but not acknowledge or change it', async () => {
		const [g] = await t.db
			.insert(users)
			.values({
				schoolId: s.id,
				username: `gov.${s.id.slice(0, 6)}`,
				role: 'governor',
				firstName: 'Ruth',
				surname: 'Governor',
				passwordHash: await hashPassword(TEST_PASSWORD)
			})
			.returning({ id: users.id, username: users.username });
		const governor = await loadActor(t.db, { id: g!.id, schoolId: s.id, role: 'governor', username: g!.username, firstName: 'Ruth', surname: 'Governor' });
		const list = await listPolicies(t.db, governor);
		expect(list.length).toBeGreaterThan(0);
		await expect(acknowledgePolicy(t.db, governor, (await getPolicy(t.db, governor, list[0]!.id)).current.id)).rejects.toBeInstanceOf(AuthorizationError);
		await expect(createPolicy(t.db, governor, policy(s.admin.id))).rejects.toBeInstanceOf(AuthorizationError);
	});

	it('refuses bad input at the edge', () => {
		expect(newPolicySchema.safeParse({ ...policy(s.admin.id), body: 'too short' }).success).toBe(false);
		expect(newPolicySchema.safeParse({ ...policy(s.admin.id), kind: 'made-up' }).success).toBe(false);
		expect(newPolicySchema.safeParse({ ...policy(s.admin.id), reviewOn: 'next year' }).success).toBe(false);
		expect(policyVersionSchema.safeParse({ policyId: 'not-an-id', body: 'A long enough body for the policy.', changeNote: 'x' }).success).toBe(false);
	});
});
