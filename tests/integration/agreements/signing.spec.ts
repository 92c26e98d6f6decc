// Signing and consents on a real database: who may sign what for whom (other family, other
// school, lower role), bad input changes nothing, every change is audited, and signatures
// and consent answers cannot be edited, even by a bug (the database refuses UPDATE).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, count, eq, sql } from 'drizzle-orm';
import { openTestDatabase, type TestDatabase } from '../support/database';
import { createTestSchool, type TestSchool } from '../support/factories';
import { agreementSignatures, auditLog, parentConsents } from '../../../src/lib/server/db/schema';
import { signOwnAgreement, signParentAgreement } from '../../../src/lib/server/agreements/signing';
import { recordConsent } from '../../../src/lib/server/agreements/consents';
import { ensureAgreementDocuments } from '../../../src/lib/server/agreements/documents';
import { currentDocument, type AgreementKind } from '../../../src/lib/domain/agreements';
import { AuthorizationError } from '../../../src/lib/server/auth/authorize';
import { InputError, NotFoundError } from '../../../src/lib/server/errors';
import { classes } from '../../../src/lib/server/db/schema';
import { actorOf } from './support';

let t: TestDatabase;
let a: TestSchool;
let b: TestSchool;
beforeAll(async () => {
	t = await openTestDatabase();
	a = await createTestSchool(t.db, 2, { unsigned: true });
	b = await createTestSchool(t.db, 2, { unsigned: true });
});
afterAll(() => t.close());

async function doc(school: TestSchool, kind: AgreementKind) {
	return currentDocument(await ensureAgreementDocuments(t.db, school.id), school.id, kind, new Date())!;
}
const signaturesFor = async (subjectId: string) =>
	(await t.db.select({ n: count() }).from(agreementSignatures).where(eq(agreementSignatures.subjectId, subjectId)))[0]!.n;

describe('signing', () => {
	it('records who, for whom, which version and its hash, and audits it', async () => {
		const parent = a.classes[0].parent;
		const pupil = a.classes[0].pupils[0]!;
		const d = await doc(a, 'parent');
		expect(await signParentAgreement(t.db, parent.actor, { pupilId: pupil.id, documentId: d.id })).toBe(true);
		const [row] = await t.db
			.select()
			.from(agreementSignatures)
			.where(and(eq(agreementSignatures.subjectId, pupil.id), eq(agreementSignatures.signerId, parent.id)));
		expect(row).toMatchObject({ kind: 'parent', version: d.version, textHash: d.textHash, signerRole: 'parent', method: 'online' });
		const [audit] = await t.db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.action, 'agreement.signed'), eq(auditLog.targetId, row!.id)));
		expect(audit?.actorId).toBe(parent.id);
		// Signing again adds nothing.
		expect(await signParentAgreement(t.db, parent.actor, { pupilId: pupil.id, documentId: d.id })).toBe(false);
		expect(await signaturesFor(pupil.id)).toBe(1);
	});

	it("refuses a parent signing for another family's child or another school's", async () => {
		const parent = a.classes[0].parent;
		const other = a.classes[0].pupils[1]!;
		await expect(signParentAgreement(t.db, parent.actor, { pupilId: other.id, documentId: (await doc(a, 'parent')).id })).rejects.toBeInstanceOf(
			AuthorizationError
		);
		await expect(
			signParentAgreement(t.db, parent.actor, { pupilId: b.classes[0].pupils[0]!.id, documentId: (await doc(b, 'parent')).id })
		).rejects.toBeInstanceOf(AuthorizationError);
		expect(await signaturesFor(other.id)).toBe(0);
		expect(await signaturesFor(b.classes[0].pupils[0]!.id)).toBe(0);
	});

	it("refuses another school's document, a wrong kind, and an unknown id", async () => {
		const teacher = await actorOf(t.db, a, a.classes[1].teacher);
		await expect(signOwnAgreement(t.db, teacher, { documentId: (await doc(b, 'staff')).id })).rejects.toBeInstanceOf(InputError);
		await expect(signOwnAgreement(t.db, teacher, { documentId: (await doc(a, 'parent')).id })).rejects.toBeInstanceOf(InputError);
		await expect(signOwnAgreement(t.db, teacher, { documentId: crypto.randomUUID() })).rejects.toBeInstanceOf(InputError);
		expect(await signaturesFor(teacher.userId)).toBe(0);
	});

	it('refuses a teacher signing the parent agreement and a pupil signing for a classmate', async () => {
		const teacher = await actorOf(t.db, a, a.classes[0].teacher);
		await expect(signParentAgreement(t.db, teacher, { pupilId: a.classes[0].pupils[1]!.id, documentId: (await doc(a, 'parent')).id })).rejects.toBeInstanceOf(
			AuthorizationError
		);
		const pupil = await actorOf(t.db, a, a.classes[0].pupils[0]!);
		await expect(signParentAgreement(t.db, pupil, { pupilId: a.classes[0].pupils[1]!.id, documentId: (await doc(a, 'parent')).id })).rejects.toBeInstanceOf(
			AuthorizationError
		);
	});

	it('asks a younger pupil to tick every rule with a named adult', async () => {
		const s = await createTestSchool(t.db, 1, { unsigned: true });
		await t.db.update(classes).set({ yearGroup: 1 }).where(eq(classes.id, s.classes[0].id));
		const pupil = await actorOf(t.db, s, s.classes[0].pupils[0]!);
		const d = await doc(s, 'pupil-younger');
		const all = d.text.items.map((i) => i.id);
		await expect(signOwnAgreement(t.db, pupil, { documentId: d.id, tickedItemIds: all })).rejects.toMatchObject({ field: 'witness' });
		await expect(signOwnAgreement(t.db, pupil, { documentId: d.id, witness: 'Mrs Hughes', tickedItemIds: all.slice(1) })).rejects.toMatchObject({
			field: 'rules'
		});
		await expect(
			signOwnAgreement(t.db, pupil, { documentId: (await doc(s, 'pupil-older')).id, witness: 'Mrs Hughes', tickedItemIds: all })
		).rejects.toBeInstanceOf(InputError);
		expect(await signaturesFor(pupil.userId)).toBe(0);
		await signOwnAgreement(t.db, pupil, { documentId: d.id, witness: 'Mrs Hughes', tickedItemIds: all });
		const [row] = await t.db.select().from(agreementSignatures).where(eq(agreementSignatures.subjectId, pupil.userId));
		expect(row).toMatchObject({ kind: 'pupil-younger', witnessedBy: 'Mrs Hughes', tickedItemIds: all });
	});

	it('refuses to sign for a pupil that does not exist', async () => {
		await expect(
			signParentAgreement(t.db, a.classes[0].parent.actor, { pupilId: crypto.randomUUID(), documentId: (await doc(a, 'parent')).id })
		).rejects.toBeInstanceOf(NotFoundError);
	});
});

describe('consents', () => {
	it('keeps every answer; withdrawing is a new, audited record', async () => {
		const parent = a.classes[1].parent;
		const pupil = a.classes[1].pupils[0]!;
		await recordConsent(t.db, parent.actor, { pupilId: pupil.id, kind: 'photographs', decision: 'given' });
		await recordConsent(t.db, parent.actor, { pupilId: pupil.id, kind: 'photographs', decision: 'refused' });
		const rows = await t.db.select().from(parentConsents).where(eq(parentConsents.pupilId, pupil.id));
		expect(rows.map((r) => r.decision).sort()).toEqual(['given', 'refused']);
		const withdrawn = await t.db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.action, 'consent.withdrawn'), eq(auditLog.actorId, parent.id)));
		expect(withdrawn).toHaveLength(1);
	});

	it("refuses consent for another family's child and another school's", async () => {
		const parent = a.classes[1].parent;
		await expect(recordConsent(t.db, parent.actor, { pupilId: a.classes[1].pupils[1]!.id, kind: 'photographs', decision: 'given' })).rejects.toBeInstanceOf(
			AuthorizationError
		);
		await expect(recordConsent(t.db, parent.actor, { pupilId: b.classes[1].pupils[0]!.id, kind: 'photographs', decision: 'given' })).rejects.toBeInstanceOf(
			AuthorizationError
		);
		const teacher = await actorOf(t.db, a, a.classes[1].teacher);
		await expect(recordConsent(t.db, teacher, { pupilId: a.classes[1].pupils[0]!.id, kind: 'photographs', decision: 'given' })).rejects.toBeInstanceOf(
			AuthorizationError
		);
	});
});

describe('append-only', () => {
	it('refuses to edit a signature or a consent answer at the database level', async () => {
		await expect(t.db.update(agreementSignatures).set({ signedAt: sql`now() - interval '1 year'` })).rejects.toThrow();
		await expect(t.db.update(parentConsents).set({ decision: 'given' })).rejects.toThrow();
	});
});
