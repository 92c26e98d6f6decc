// The gate, end to end on a real database: each closed state blocks each pupil feature
// (chat, class email, sharing) and each staff permission touching pupil data; signing,
// consenting and lifting reopen it. The actor is rebuilt each time, as on every request.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../support/database';
import { createTestSchool, type TestSchool } from '../support/factories';
import { messagingPauses } from '../../../src/lib/server/db/schema';
import { signOwnAgreement, signParentAgreement } from '../../../src/lib/server/agreements/signing';
import { recordConsent } from '../../../src/lib/server/agreements/consents';
import { ensureAgreementDocuments, publishNewVersion } from '../../../src/lib/server/agreements/documents';
import { getPupilAccess } from '../../../src/lib/server/agreements/gate';
import { currentDocument, DEFAULT_AGREEMENT_TEXTS } from '../../../src/lib/domain/agreements';
import { can, type Permission, type Resource } from '../../../src/lib/domain/auth/permissions';
import { actorOf, ALL_CLOSED, ALL_OPEN, pupilFeatures } from './support';

let t: TestDatabase;
beforeAll(async () => {
	t = await openTestDatabase();
});
afterAll(() => t.close());

async function docId(school: TestSchool, kind: 'pupil-older' | 'parent' | 'staff') {
	const docs = await ensureAgreementDocuments(t.db, school.id);
	return currentDocument(docs, school.id, kind, new Date())!.id;
}

describe('the pupil gate', () => {
	it('is open for a pupil whose school was set up signed', async () => {
		const s = await createTestSchool(t.db);
		expect(pupilFeatures(await actorOf(t.db, s, s.classes[0].pupils[1]!))).toEqual(ALL_OPEN);
	});

	it('opens only once the pupil, a parent and the messaging consent are all in place', async () => {
		const s = await createTestSchool(t.db, 2, { unsigned: true });
		const pupil = s.classes[0].pupils[0]!;
		const parent = s.classes[0].parent;
		const missing = async () => (await actorOf(t.db, s, pupil)).gate.missing;
		expect(await missing()).toEqual(['pupil-agreement', 'parent-agreement', 'parent-consent']);
		expect(pupilFeatures(await actorOf(t.db, s, pupil))).toEqual(ALL_CLOSED);

		await signOwnAgreement(t.db, await actorOf(t.db, s, pupil), { documentId: await docId(s, 'pupil-older') });
		expect(await missing()).toEqual(['parent-agreement', 'parent-consent']);
		expect(pupilFeatures(await actorOf(t.db, s, pupil))).toEqual(ALL_CLOSED);

		await signParentAgreement(t.db, parent.actor, { pupilId: pupil.id, documentId: await docId(s, 'parent') });
		expect(await missing()).toEqual(['parent-consent']);
		expect(pupilFeatures(await actorOf(t.db, s, pupil))).toEqual(ALL_CLOSED);

		await recordConsent(t.db, parent.actor, { pupilId: pupil.id, kind: 'messaging-internet', decision: 'refused' });
		expect(await missing()).toEqual(['parent-consent']);
		await recordConsent(t.db, parent.actor, { pupilId: pupil.id, kind: 'messaging-internet', decision: 'given' });
		expect(pupilFeatures(await actorOf(t.db, s, pupil))).toEqual(ALL_OPEN);

		// Withdrawing is a new record, and closes the gate again.
		await recordConsent(t.db, parent.actor, { pupilId: pupil.id, kind: 'messaging-internet', decision: 'refused' });
		expect(pupilFeatures(await actorOf(t.db, s, pupil))).toEqual(ALL_CLOSED);
	});

	it('closes while messaging is paused and reopens when the pause is lifted', async () => {
		const s = await createTestSchool(t.db);
		const pupil = s.classes[0].pupils[0]!;
		const now = new Date();
		const [pause] = await t.db
			.insert(messagingPauses)
			.values({
				schoolId: s.id,
				pupilId: pupil.id,
				startsAt: new Date(now.getTime() - 60_000),
				endsAt: new Date(now.getTime() + 86_400_000),
				reason: 'Unkind messages',
				createdBy: s.dsl.id
			})
			.returning();
		const paused = await actorOf(t.db, s, pupil);
		expect(paused.gate.missing).toEqual(['paused']);
		expect(pupilFeatures(paused)).toEqual(ALL_CLOSED);
		const access = await getPupilAccess(t.db, s.id, pupil.id);
		expect(access.missing[0]!.forPupil).not.toMatch(/Unkind/);
		expect(pupilFeatures(await actorOf(t.db, s, pupil, new Date(pause!.endsAt.getTime() + 1000)))).toEqual(ALL_OPEN);
	});

	it('closes for everyone when a new version needs re-signing, and not for a small change', async () => {
		const s = await createTestSchool(t.db);
		const pupil = s.classes[0].pupils[0]!;
		const text = DEFAULT_AGREEMENT_TEXTS['pupil-older'];
		await publishNewVersion(t.db, s.admin.actor, { kind: 'pupil-older', text: { ...text, closing: `${text.closing} Thank you.` }, requiresResign: false });
		expect(pupilFeatures(await actorOf(t.db, s, pupil))).toEqual(ALL_OPEN);
		await publishNewVersion(t.db, s.admin.actor, { kind: 'pupil-older', text: { ...text, closing: `${text.closing} Thank you!` }, requiresResign: true });
		const after = await actorOf(t.db, s, pupil);
		expect(after.gate.missing).toEqual(['pupil-agreement']);
		expect(pupilFeatures(after)).toEqual(ALL_CLOSED);
		await signOwnAgreement(t.db, after, { documentId: await docId(s, 'pupil-older') });
		expect(pupilFeatures(await actorOf(t.db, s, pupil))).toEqual(ALL_OPEN);
	});

	it('does not count a signature from last academic year', async () => {
		const s = await createTestSchool(t.db);
		const nextYear = new Date(Date.now() + 366 * 86_400_000);
		const later = await actorOf(t.db, s, s.classes[0].pupils[0]!, nextYear);
		expect(later.gate.missing).toContain('pupil-agreement');
		expect(later.gate.missing).toContain('parent-agreement');
	});

	it('stays closed for a pupil with no parent linked', async () => {
		const s = await createTestSchool(t.db, 1, { unsigned: true });
		const pupil = s.classes[0].pupils[0]!;
		const access = await getPupilAccess(t.db, s.id, pupil.id);
		expect(access.open).toBe(false);
	});
});

describe('the staff gate', () => {
	const staffChecks: [string, Permission, (s: TestSchool) => Resource][] = [
		['class.read', 'class.read', (s) => ({ kind: 'class', schoolId: s.id, classId: s.classes[0].id })],
		['pupil.read', 'pupil.read', (s) => ({ kind: 'pupil', schoolId: s.id, pupilId: s.classes[0].pupils[0]!.id, classId: s.classes[0].id })],
		['moderation.decide', 'moderation.decide', (s) => ({ kind: 'class', schoolId: s.id, classId: s.classes[0].id })],
		['class.roster.manage', 'class.roster.manage', (s) => ({ kind: 'class', schoolId: s.id, classId: s.classes[0].id })],
		['lessons.record', 'lessons.record', (s) => ({ kind: 'class', schoolId: s.id, classId: s.classes[0].id })],
		['work.read', 'work.read', (s) => ({ kind: 'pupil', schoolId: s.id, pupilId: s.classes[0].pupils[0]!.id, classId: s.classes[0].id })],
		['chat.read', 'chat.read', (s) => ({ kind: 'class', schoolId: s.id, classId: s.classes[0].id })]
	];

	it.each(staffChecks)('keeps an unsigned teacher from %s until they sign', async (_n, permission, resource) => {
		const s = await createTestSchool(t.db, 1, { unsigned: true });
		const before = await actorOf(t.db, s, s.classes[0].teacher);
		expect(before.gate).toEqual({ open: false, missing: ['staff-agreement'], owedPolicies: [] });
		expect(can(before, permission, resource(s))).toBe(false);
		expect(can(before, 'home.staff', { kind: 'school', schoolId: s.id })).toBe(true);
		await signOwnAgreement(t.db, before, { documentId: await docId(s, 'staff') });
		expect(can(await actorOf(t.db, s, s.classes[0].teacher), permission, resource(s))).toBe(true);
	});

	it('keeps an unsigned DSL from incidents and audit, and an unsigned admin from school set-up', async () => {
		const s = await createTestSchool(t.db, 1, { unsigned: true });
		const school = { kind: 'school' as const, schoolId: s.id };
		const dsl = await actorOf(t.db, s, s.dsl);
		for (const p of ['incident.read', 'incident.manage', 'audit.read'] as const) expect(can(dsl, p, school)).toBe(false);
		const admin = await actorOf(t.db, s, s.admin);
		expect(can(admin, 'school.manage', school)).toBe(false);
		expect(can(admin, 'agreement.publish', school)).toBe(false);
	});

	it('never gates parents', async () => {
		const s = await createTestSchool(t.db, 1, { unsigned: true });
		expect((await actorOf(t.db, s, s.classes[0].parent)).gate.open).toBe(true);
	});
});
