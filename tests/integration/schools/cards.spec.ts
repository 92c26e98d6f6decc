// Imported pupils sign in: an admin or the class's teacher prints sign-in cards, the card's
// password and QR secret both work, renewing a card stops the old one, and nobody outside
// the class's teacher and the school's admin can print or renew. Card sign-in is throttled.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, count, eq } from 'drizzle-orm';
import { openTestDatabase, type TestDatabase } from '../support/database';
import { createTestSchool, type TestSchool } from '../support/factories';
import { sampleRoster } from '../../../scripts/lib/sample-roster';
import { confirmImport, previewImport, type ImportSource } from '../../../src/lib/server/schools/import/roster-import';
import { printClassCards, renewPupilCard } from '../../../src/lib/server/schools/cards/print';
import { signInWithCard } from '../../../src/lib/server/schools/cards/sign-in';
import { signIn } from '../../../src/lib/server/auth/login';
import { joinWithCode } from '../../../src/lib/server/agreements/join';
import { issueImportedParentLetters } from '../../../src/lib/server/schools/import/parent-letters';
import { validateSessionToken } from '../../../src/lib/server/auth/session';
import { AuthorizationError } from '../../../src/lib/server/auth/authorize';
import { auditLog, classes, pupilCardSecrets, users } from '../../../src/lib/server/db/schema';
import { academicYearContaining } from '../../../src/lib/domain/calendar';

let t: TestDatabase;
let a: TestSchool;
let b: TestSchool;
let importedClassId: string;
const sample = sampleRoster(60, 1.5, academicYearContaining(new Date()).startYear);
const source: ImportSource = {
	kind: 'oneroster',
	files: Object.fromEntries(Object.entries(sample.oneRoster).map(([k, v]) => [k, new TextEncoder().encode(v)]))
};

beforeAll(async () => {
	t = await openTestDatabase();
	a = await createTestSchool(t.db);
	b = await createTestSchool(t.db);
	const preview = await previewImport(t.db, a.admin.actor, source);
	await confirmImport(t.db, a.admin.actor, source, preview.fingerprint);
	const [cls] = await t.db
		.select({ id: classes.id })
		.from(classes)
		.where(and(eq(classes.schoolId, a.id), eq(classes.externalKey, 'cls-1')));
	importedClassId = cls!.id;
}, 180_000);
afterAll(() => t.close());

describe('an imported pupil', () => {
	it('cannot sign in before cards are printed', async () => {
		const [pupil] = await t.db
			.select()
			.from(users)
			.where(and(eq(users.schoolId, a.id), eq(users.externalKey, 'stu-1')));
		expect(await signIn(t.db, { username: pupil!.username, password: '', ipAddress: '10.9.0.1' })).toMatchObject({ ok: false });
	});

	it('signs in with the printed password and with the QR secret', async () => {
		const printed = await printClassCards(t.db, a.admin.actor, importedClassId);
		expect(printed.cards).toHaveLength(30);
		const card = printed.cards[0]!;
		expect(card.password).toMatch(/^[a-z]+\d{2}$/);
		expect(await signIn(t.db, { username: card.username, password: card.password, ipAddress: '10.9.0.2' })).toMatchObject({ ok: true, role: 'pupil' });
		const viaCard = await signInWithCard(t.db, card.secret, '10.9.0.2');
		expect(viaCard.ok).toBe(true);
		if (viaCard.ok) expect((await validateSessionToken(t.db, viaCard.token)).user?.id).toBe(card.pupilId);
		const [stored] = await t.db.select().from(pupilCardSecrets).where(eq(pupilCardSecrets.pupilId, card.pupilId));
		expect(stored!.secretHash).toMatch(/^[0-9a-f]{64}$/);
		expect(stored!.secretHash).not.toContain(card.secret);
		const audits = await t.db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.schoolId, a.id));
		expect(audits.map((x) => x.action)).toEqual(expect.arrayContaining(['school.sign_in_cards_printed', 'auth.card_login', 'school.roster_imported']));
	});

	it('renewing a card stops the old QR code and password at once', async () => {
		const [first] = (await printClassCards(t.db, a.admin.actor, importedClassId)).cards;
		const renewed = await renewPupilCard(t.db, a.admin.actor, first!.pupilId);
		expect(await signInWithCard(t.db, first!.secret, '10.9.0.3')).toEqual({ ok: false, reason: 'invalid' });
		expect(await signIn(t.db, { username: first!.username, password: first!.password, ipAddress: '10.9.0.3' })).toMatchObject({ ok: false });
		expect((await signInWithCard(t.db, renewed.secret, '10.9.0.3')).ok).toBe(true);
	});

	it("a disabled pupil's card does not sign in", async () => {
		const [card] = (await printClassCards(t.db, a.admin.actor, importedClassId)).cards;
		await t.db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, card!.pupilId));
		expect(await signInWithCard(t.db, card!.secret, '10.9.0.4')).toEqual({ ok: false, reason: 'invalid' });
	});
});

describe('card boundaries', () => {
	const forbidden = (p: Promise<unknown>) => expect(p).rejects.toBeInstanceOf(AuthorizationError);
	it("lets a teacher print their own class's cards", async () => {
		const printed = await printClassCards(t.db, a.classes[0].teacher.actor, a.classes[0].id);
		expect(printed.cards.map((c) => c.pupilId).sort()).toEqual(a.classes[0].pupils.map((p) => p.id).sort());
	});
	it("refuses a teacher another class's cards", () => forbidden(printClassCards(t.db, a.classes[0].teacher.actor, importedClassId)));
	it("refuses a teacher a pupil of another class's card", () => forbidden(renewPupilCard(t.db, a.classes[0].teacher.actor, a.classes[1].pupils[0]!.id)));
	it("refuses another school's admin", async () => {
		await forbidden(printClassCards(t.db, b.admin.actor, importedClassId));
		await forbidden(renewPupilCard(t.db, b.admin.actor, a.classes[0].pupils[0]!.id));
	});
	it('refuses the DSL, a parent and a pupil', async () => {
		await forbidden(printClassCards(t.db, a.dsl.actor, importedClassId));
		await forbidden(printClassCards(t.db, a.classes[0].parent.actor, a.classes[0].id));
		await forbidden(printClassCards(t.db, a.classes[0].pupils[0]!.actor, a.classes[0].id));
	});
	it('refuses import to anyone but an admin', async () => {
		for (const actor of [a.dsl.actor, a.classes[0].teacher.actor, a.classes[0].parent.actor, a.classes[0].pupils[0]!.actor])
			await forbidden(previewImport(t.db, actor, source));
	});
});

describe('card sign-in throttle', () => {
	it('stops an address after 50 wrong secrets in 15 minutes, even for a right one', async () => {
		const [card] = (await printClassCards(t.db, a.admin.actor, a.classes[1].id)).cards;
		for (let i = 0; i < 50; i++) await signInWithCard(t.db, 'x'.repeat(43), '10.9.9.9');
		expect(await signInWithCard(t.db, card!.secret, '10.9.9.9')).toMatchObject({ ok: false, reason: 'throttled' });
		expect((await signInWithCard(t.db, card!.secret, '10.9.9.10')).ok).toBe(true);
	});
});

describe('letters for imported parents', () => {
	it('let each imported parent claim their linked account once, with no second account', async () => {
		const letters = await issueImportedParentLetters(t.db, a.admin.actor, importedClassId);
		expect(letters.length).toBeGreaterThan(20);
		expect(new Set(letters.map((l) => l.code)).size).toBe(letters.length);
		const letter = letters[0]!;
		const [before] = await t.db.select({ n: count() }).from(users).where(eq(users.schoolId, a.id));
		await joinWithCode(
			t.db,
			{
				code: letter.code,
				firstName: letter.parentFirstName,
				surname: letter.parentSurname,
				username: `claimed.${Date.now()}`,
				password: 'plum orchard lantern'
			},
			'10.9.1.1'
		);
		const [after] = await t.db.select({ n: count() }).from(users).where(eq(users.schoolId, a.id));
		expect(after!.n).toBe(before!.n);
		const [claimed] = await t.db
			.select()
			.from(users)
			.where(and(eq(users.schoolId, a.id), eq(users.email, letter.email!)));
		expect((await signIn(t.db, { username: claimed!.username, password: 'plum orchard lantern', ipAddress: '10.9.1.1' })).ok).toBe(true);
		const again = await issueImportedParentLetters(t.db, a.admin.actor, importedClassId);
		expect(again).toHaveLength(0);
	});
	it("refuses another class's teacher and another school's admin", async () => {
		await expect(issueImportedParentLetters(t.db, a.classes[0].teacher.actor, importedClassId)).rejects.toBeInstanceOf(AuthorizationError);
		await expect(issueImportedParentLetters(t.db, b.admin.actor, importedClassId)).rejects.toBeInstanceOf(AuthorizationError);
	});
});
