// A school tunes its screen: only its own admin may read or change the settings, each
// change is audited, and the school's screener uses the new lists at once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { openTestDatabase, type TestDatabase } from '../support/database';
import { createTestSchool, type TestSchool } from '../support/factories';
import { AuthorizationError } from '../../../src/lib/server/auth/authorize';
import { auditLog, schools } from '../../../src/lib/server/db/schema';
import { getScreeningSettings, saveScreeningSettings } from '../../../src/lib/server/screening/settings';
import { screenerForSchool } from '../../../src/lib/server/messaging/screening-context';
import { screeningSettingsSchema, DEFAULT_APPROVED_DOMAINS } from '../../../src/lib/domain/screening/school-settings';

let t: TestDatabase;
let a: TestSchool;
let b: TestSchool;
beforeAll(async () => {
	t = await openTestDatabase();
	a = await createTestSchool(t.db);
	b = await createTestSchool(t.db);
});
afterAll(() => t.close());

const input = (over: Partial<Record<'approvedDomains' | 'extraWords' | 'allowedWords' | 'town', string>> = {}) =>
	screeningSettingsSchema.parse({
		approvedDomains: 'bbc.co.uk\nhttps://www.museum-of-wonders.org.uk/visit',
		extraWords: 'wasteman',
		allowedWords: 'Scunthorpe',
		town: 'Leeds',
		...over
	});

describe('screening settings', () => {
	it('start from the default learning sites, so those links pass', async () => {
		const settings = await getScreeningSettings(t.db, b.admin.actor);
		expect(settings.approvedDomains).toEqual([...DEFAULT_APPROVED_DOMAINS]);
		const screener = await screenerForSchool(t.db, b.id);
		expect(screener.screen('try www.topmarks.co.uk/maths').verdict).toBe('allow');
		expect(screener.screen('try www.some-game-site.com').verdict).toBe('block');
	});

	it('are saved by the school admin, audited, and used by the next screen', async () => {
		await screenerForSchool(t.db, a.id); // a cached screener must not outlive the change
		await saveScreeningSettings(t.db, a.admin.actor, input());
		const settings = await getScreeningSettings(t.db, a.admin.actor);
		expect(settings).toMatchObject({ approvedDomains: ['bbc.co.uk', 'museum-of-wonders.org.uk'], extraWords: ['wasteman'], town: 'Leeds' });
		const screener = await screenerForSchool(t.db, a.id);
		expect(screener.screen('look at museum-of-wonders.org.uk/dinosaurs').verdict).toBe('allow');
		expect(screener.screen('try www.topmarks.co.uk').verdict).toBe('block');
		expect(screener.screen('you wasteman').findings.map((f) => f.rule)).toContain('profanity.school-word');
		const [audit] = await t.db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.schoolId, a.id), eq(auditLog.action, 'school.screening_settings_changed')));
		expect(audit?.actorId).toBe(a.admin.id);
		expect(audit?.details).toMatchObject({ domainsAdded: ['museum-of-wonders.org.uk'], extraWordsAdded: ['wasteman'] });
	});

	it("feed the school's name and town to the school kind", async () => {
		const [row] = await t.db.select({ name: schools.name }).from(schools).where(eq(schools.id, a.id));
		const screener = await screenerForSchool(t.db, a.id);
		expect(screener.screen(`I go to ${row!.name} in Leeds`).findings.map((f) => f.kind)).toContain('school');
	});

	it('keep the other settings a school has stored', async () => {
		await t.db
			.update(schools)
			.set({ settings: { lessonTargetMinutes: 75 } })
			.where(eq(schools.id, b.id));
		await saveScreeningSettings(t.db, b.admin.actor, input());
		const [row] = await t.db.select({ settings: schools.settings }).from(schools).where(eq(schools.id, b.id));
		expect(row?.settings.lessonTargetMinutes).toBe(75);
	});

	it('refuse bad input before anything changes', () => {
		expect(screeningSettingsSchema.safeParse({ approvedDomains: 'not a web address', extraWords: '', allowedWords: '', town: '' }).success).toBe(false);
		expect(screeningSettingsSchema.safeParse({ approvedDomains: '', extraWords: '<script>', allowedWords: '', town: '' }).success).toBe(false);
		expect(screeningSettingsSchema.safeParse({ approvedDomains: 5, extraWords: '', allowedWords: '', town: '' }).success).toBe(false);
	});

	describe('boundaries', () => {
		const forbidden = (p: Promise<unknown>) => expect(p).rejects.toBeInstanceOf(AuthorizationError);
		it('refuse a teacher', () => forbidden(saveScreeningSettings(t.db, a.classes[0].teacher.actor, input({ town: 'Hull' }))));
		it('refuse the DSL', () => forbidden(getScreeningSettings(t.db, a.dsl.actor)));
		it('refuse a pupil', () => forbidden(saveScreeningSettings(t.db, a.classes[0].pupils[0]!.actor, input({ town: 'Hull' }))));
		it('refuse a parent', () => forbidden(getScreeningSettings(t.db, a.classes[0].parent.actor)));
		it("never let one school's admin change another's", async () => {
			await saveScreeningSettings(t.db, b.admin.actor, input({ town: 'Hull', extraWords: 'plonker' }));
			const mine = await getScreeningSettings(t.db, a.admin.actor);
			expect(mine.town).toBe('Leeds');
			expect(mine.extraWords).toEqual(['wasteman']);
		});
		it('leave the town unchanged after a refused change', async () => {
			expect((await getScreeningSettings(t.db, a.admin.actor)).town).toBe('Leeds');
		});
	});
});
