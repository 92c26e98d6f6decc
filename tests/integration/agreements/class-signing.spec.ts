// The teacher's and admin's side on a real database: the class signing list, reminders to
// families (in-app notices the parent lists), paper forms (who recorded them, and when),
// publishing a new version, and each crossing: another class, another school, lower roles.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, count, eq } from 'drizzle-orm';
import { openTestDatabase, type TestDatabase } from '../support/database';
import { createTestSchool, type TestSchool } from '../support/factories';
import { agreementDocuments, agreementSignatures, auditLog, notices, parentConsents } from '../../../src/lib/server/db/schema';
import { getClassSigning } from '../../../src/lib/server/agreements/summary';
import { listOwnNotices, markOwnNoticesRead, remindFamilies } from '../../../src/lib/server/agreements/notices';
import { recordPaperForm } from '../../../src/lib/server/agreements/paper-forms';
import { ensureAgreementDocuments, publishNewVersion } from '../../../src/lib/server/agreements/documents';
import { familyHomeStatus } from '../../../src/lib/server/agreements/views';
import { recordEveryoneSigned } from '../../../src/lib/server/agreements/set-up';
import { AuthorizationError } from '../../../src/lib/server/auth/authorize';
import { InputError } from '../../../src/lib/server/errors';
import { DEFAULT_AGREEMENT_TEXTS } from '../../../src/lib/domain/agreements';
import { actorOf, ALL_OPEN, pupilFeatures } from './support';

let t: TestDatabase;
let a: TestSchool;
let b: TestSchool;
beforeAll(async () => {
	t = await openTestDatabase();
	a = await createTestSchool(t.db, 3, { unsigned: true });
	b = await createTestSchool(t.db, 2);
});
afterAll(() => t.close());

describe('the class signing list', () => {
	it('shows who has not signed, and a fully signed class', async () => {
		const view = await getClassSigning(t.db, await actorOf(t.db, a, a.classes[0].teacher), a.classes[0].id).catch((e) => e);
		// An unsigned teacher cannot see pupil data at all.
		expect(view).toBeInstanceOf(AuthorizationError);
		const signed = await getClassSigning(t.db, b.classes[0].teacher.actor, b.classes[0].id);
		expect(signed.summary.totals).toMatchObject({ pupils: 2, pupilSigned: 2, parentSigned: 2, canMessage: 2 });
		expect(signed.summary.familiesToRemind).toEqual([]);
	});

	it("refuses another class's teacher, a parent and another school's admin", async () => {
		for (const actor of [b.classes[1].teacher.actor, b.classes[0].parent.actor, a.admin.actor]) {
			await expect(getClassSigning(t.db, actor, b.classes[0].id)).rejects.toBeInstanceOf(AuthorizationError);
		}
	});
});

describe('reminders', () => {
	it('sends an in-app notice to each family with something missing, which the parent lists', async () => {
		const s = await createTestSchool(t.db, 2, { unsigned: true });
		const teacher = s.classes[0].teacher;
		// The teacher has signed their own agreement; the families have not.
		await recordEveryoneSigned(t.db, { schoolId: s.id, staffIds: [teacher.id], pupilIds: [], families: [], now: new Date() });
		const actor = await actorOf(t.db, s, teacher);
		expect(await remindFamilies(t.db, actor, s.classes[0].id)).toBe(2);
		const parent = s.classes[0].parent;
		const list = await listOwnNotices(t.db, parent.actor);
		expect(list).toHaveLength(1);
		expect(list[0]!.body).toContain('PupilA1');
		expect((await familyHomeStatus(t.db, parent.actor)).unreadNotices).toBe(1);
		await markOwnNoticesRead(t.db, parent.actor);
		expect((await familyHomeStatus(t.db, parent.actor)).unreadNotices).toBe(0);
		expect(await listOwnNotices(t.db, s.classes[1].parent.actor)).toHaveLength(0);
		const [audit] = await t.db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.action, 'agreement.reminder_sent'), eq(auditLog.actorId, teacher.id)));
		expect(audit?.details).toMatchObject({ notices: 2 });
	});

	it("refuses another class's teacher, a DSL and a pupil of another class, and sends nothing", async () => {
		const pupilOfA = b.classes[0].pupils[0]!.id;
		for (const actor of [b.classes[1].teacher.actor, b.dsl.actor, a.admin.actor]) {
			await expect(remindFamilies(t.db, actor, b.classes[0].id, pupilOfA)).rejects.toBeInstanceOf(AuthorizationError);
		}
		await expect(remindFamilies(t.db, b.classes[0].teacher.actor, b.classes[0].id, b.classes[1].pupils[0]!.id)).rejects.toBeInstanceOf(InputError);
		const [n] = await t.db.select({ n: count() }).from(notices).where(eq(notices.schoolId, b.id));
		expect(n?.n).toBe(0);
	});
});

describe('paper forms', () => {
	it('records a pupil and a parent paper form with who recorded it, and opens the gate', async () => {
		const s = await createTestSchool(t.db, 1, { unsigned: true });
		await recordEveryoneSigned(t.db, { schoolId: s.id, staffIds: [s.admin.id], pupilIds: [], families: [], now: new Date() });
		const admin = await actorOf(t.db, s, s.admin);
		const pupil = s.classes[0].pupils[0]!;
		await recordPaperForm(t.db, admin, { pupilId: pupil.id, signer: 'pupil' });
		await recordPaperForm(t.db, admin, {
			pupilId: pupil.id,
			signer: 'parent',
			parentId: s.classes[0].parent.id,
			consents: { 'messaging-internet': 'given', photographs: 'refused' }
		});
		const sigs = await t.db.select().from(agreementSignatures).where(eq(agreementSignatures.subjectId, pupil.id));
		expect(sigs.map((r) => [r.signerRole, r.method, r.recordedBy])).toEqual(
			expect.arrayContaining([
				['pupil', 'paper', s.admin.id],
				['parent', 'paper', s.admin.id]
			])
		);
		const consents = await t.db.select().from(parentConsents).where(eq(parentConsents.pupilId, pupil.id));
		expect(consents.map((c) => [c.kind, c.decision, c.recordedBy])).toEqual(
			expect.arrayContaining([
				['messaging-internet', 'given', s.admin.id],
				['photographs', 'refused', s.admin.id]
			])
		);
		expect(pupilFeatures(await actorOf(t.db, s, pupil))).toEqual(ALL_OPEN);
	});

	it("refuses a parent who is not linked, another class's teacher and another school", async () => {
		const pupil = b.classes[0].pupils[1]!;
		await expect(
			recordPaperForm(t.db, b.classes[0].teacher.actor, { pupilId: pupil.id, signer: 'parent', parentId: b.classes[0].parent.id })
		).rejects.toMatchObject({ field: 'parentId' });
		await expect(recordPaperForm(t.db, b.classes[0].teacher.actor, { pupilId: pupil.id, signer: 'parent' })).rejects.toMatchObject({ field: 'parentId' });
		await expect(recordPaperForm(t.db, b.classes[1].teacher.actor, { pupilId: pupil.id, signer: 'pupil' })).rejects.toBeInstanceOf(AuthorizationError);
		await expect(recordPaperForm(t.db, a.admin.actor, { pupilId: pupil.id, signer: 'pupil' })).rejects.toBeInstanceOf(AuthorizationError);
	});
});

describe('publishing a new version', () => {
	it('numbers versions, keeps the old ones, and audits', async () => {
		const text = DEFAULT_AGREEMENT_TEXTS.staff;
		expect(await publishNewVersion(t.db, b.admin.actor, { kind: 'staff', text: { ...text, title: 'Our staff agreement' }, requiresResign: false })).toBe(2);
		const versions = await t.db
			.select()
			.from(agreementDocuments)
			.where(and(eq(agreementDocuments.schoolId, b.id), eq(agreementDocuments.kind, 'staff')));
		expect(versions.map((v) => v.version).sort()).toEqual([1, 2]);
		const [audit] = await t.db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.action, 'agreement.version_published'), eq(auditLog.actorId, b.admin.id)));
		expect(audit?.details).toMatchObject({ kind: 'staff', version: 2, requiresResign: false });
	});

	it('refuses unchanged text, an empty rule list, a long younger rule, and a non-admin', async () => {
		const text = DEFAULT_AGREEMENT_TEXTS['pupil-younger'];
		const docs = () => ensureAgreementDocuments(t.db, b.id);
		const before = (await docs()).length;
		await expect(publishNewVersion(t.db, b.admin.actor, { kind: 'pupil-younger', text, requiresResign: true })).rejects.toBeInstanceOf(InputError);
		await expect(publishNewVersion(t.db, b.admin.actor, { kind: 'pupil-younger', text: { ...text, items: [] }, requiresResign: true })).rejects.toBeInstanceOf(
			InputError
		);
		const long = { ...text, items: [{ ...text.items[0]!, text: 'word '.repeat(30).trim() }] };
		await expect(publishNewVersion(t.db, b.admin.actor, { kind: 'pupil-younger', text: long, requiresResign: true })).rejects.toBeInstanceOf(InputError);
		for (const actor of [b.dsl.actor, b.classes[0].teacher.actor, a.admin.actor]) {
			await expect(publishNewVersion(t.db, actor, { kind: 'staff', text: { ...text, title: 'x' }, requiresResign: false })).rejects.toBeInstanceOf(
				AuthorizationError
			);
		}
		expect((await docs()).length).toBe(before);
	});
});
