// What the year-end rollover leaves behind: email still waiting in a class it archived cannot
// be approved (one at a time or in bulk; it can still be rejected), the admin's pages keep
// archived classes apart from this year's, and a pupil added in August after the rollover
// joins next year's class in next year (the year starts on 1 September).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { openTestDatabase, type TestDatabase } from '../support/database';
import { createTestSchool, type TestSchool } from '../support/factories';
import { confirmRollover, previewRollover } from '../../../src/lib/server/schools/rollover';
import { createPupil } from '../../../src/lib/server/schools/school-admin';
import { movePupil } from '../../../src/lib/server/schools/lifecycle';
import { listClassesForStaff } from '../../../src/lib/server/schools/roster';
import { sendClassEmail } from '../../../src/lib/server/email/send-email';
import { listQueue } from '../../../src/lib/server/moderation/queue';
import { decideItem } from '../../../src/lib/server/moderation/decide';
import { bulkApproveClean } from '../../../src/lib/server/moderation/bulk';
import { InputError } from '../../../src/lib/server/errors';
import { academicYears, classMemberships, classes, emails, reviewItems, schools } from '../../../src/lib/server/db/schema';
import { academicYearContaining } from '../../../src/lib/domain/calendar';
import { confirmImport, previewImport, type ImportSource } from '../../../src/lib/server/schools/import/roster-import';
import { sampleRoster } from '../../../scripts/lib/sample-roster';

let t: TestDatabase;
let a: TestSchool;
let b: TestSchool;
const thisYear = academicYearContaining(new Date());
const july = new Date(Date.UTC(thisYear.startYear + 1, 6, 20, 12));
const august = new Date(Date.UTC(thisYear.startYear + 1, 7, 12, 12));
const nextLabel = `${thisYear.startYear + 1}/${String((thisYear.startYear + 2) % 100).padStart(2, '0')}`;
let waitingItem: { id: string; version: number };

beforeAll(async () => {
	t = await openTestDatabase();
	a = await createTestSchool(t.db, 2);
	b = await createTestSchool(t.db, 1);
	await t.db
		.update(schools)
		.set({ mailDomain: `mail.${a.id.slice(0, 8)}.example` })
		.where(eq(schools.id, a.id));
	await t.db.update(classes).set({ name: 'Year 4 Ash', yearGroup: 4, mailboxLocalPart: '4ash' }).where(eq(classes.id, a.classes[0].id));
	await t.db.update(classes).set({ name: 'Year 3 Elm', yearGroup: 3, mailboxLocalPart: '3elm' }).where(eq(classes.id, a.classes[1].id));
	// A pupil's email to the other class, still waiting for the teacher when the year rolls over.
	const writer = a.classes[0].pupils[0]!;
	await sendClassEmail(t.db, writer.actor, a.classes[0].id, {
		to: `class:${a.classes[1].id}`,
		subject: 'Our trip',
		body: 'We went to the museum and saw a big boat.',
		clientKey: crypto.randomUUID()
	});
	const item = (await listQueue(t.db, a.classes[0].teacher.actor)).find((i) => i.body.startsWith('Subject: Our trip'))!;
	waitingItem = { id: item.id, version: item.version };
	const preview = await previewRollover(t.db, a.admin.actor, new Map(), july);
	if (preview.status !== 'ready') throw new Error('expected a rollover plan');
	await confirmRollover(t.db, a.admin.actor, { fromLabel: thisYear.label, fingerprint: preview.fingerprint, early: false, choices: new Map() }, july);
}, 120_000);
afterAll(() => t.close());

describe('email waiting in an archived class', () => {
	it('cannot be approved: the teacher is told why, and nothing is sent', async () => {
		await expect(
			decideItem(t.db, a.classes[0].teacher.actor, { itemId: waitingItem.id, action: 'approve', expectedVersion: waitingItem.version }, august)
		).rejects.toThrow(/closed at the year-end rollover/);
		const [row] = await t.db.select().from(reviewItems).where(eq(reviewItems.id, waitingItem.id));
		expect(row?.status).toBe('pending');
		const [email] = await t.db.select().from(emails).where(eq(emails.id, row!.targetId));
		expect(email?.status).not.toBe('approved');
	});

	it('is skipped by bulk approval with the same reason', async () => {
		const result = await bulkApproveClean(t.db, a.classes[0].teacher.actor, [{ itemId: waitingItem.id, expectedVersion: waitingItem.version }], august);
		expect(result.approved).toEqual([]);
		expect(result.skipped).toEqual([{ itemId: waitingItem.id, why: expect.stringMatching(/closed at the year-end rollover/) }]);
	});

	it('can still be rejected with a reason', async () => {
		await decideItem(
			t.db,
			a.classes[0].teacher.actor,
			{ itemId: waitingItem.id, action: 'reject', expectedVersion: waitingItem.version, reasonCode: 'off-topic' },
			august
		);
		const [row] = await t.db.select().from(reviewItems).where(eq(reviewItems.id, waitingItem.id));
		expect(row?.status).toBe('rejected');
	});
});

describe('the admin’s class list', () => {
	it('marks last year’s classes archived and lists this year’s first', async () => {
		const listed = await listClassesForStaff(t.db, a.admin.actor);
		const live = listed.filter((c) => !c.archived).map((c) => c.name);
		const archived = listed.filter((c) => c.archived).map((c) => c.name);
		expect(live.sort()).toEqual(['Year 4 Elm', 'Year 5 Ash']);
		expect(archived.sort()).toEqual([`Year 3 Elm (${thisYear.label})`, `Year 4 Ash (${thisYear.label})`]);
		expect(listed.findIndex((c) => c.archived)).toBe(live.length);
	});
});

describe('a pupil added in August', () => {
	const newPupil = (classId: string) => ({
		username: `new.${Math.random().toString(36).slice(2, 8)}`,
		firstName: 'Ada',
		surname: 'Newcomer',
		classId,
		password: 'rainbow-otter-42'
	});

	it('joins next year’s class in next year once the school has rolled over', async () => {
		const [ash] = await t.db
			.select()
			.from(classes)
			.where(and(eq(classes.schoolId, a.id), eq(classes.name, 'Year 5 Ash')));
		const id = await createPupil(t.db, a.admin.actor, newPupil(ash!.id), august);
		const [row] = await t.db
			.select({ label: academicYears.label, classId: classMemberships.classId })
			.from(classMemberships)
			.innerJoin(academicYears, eq(academicYears.id, classMemberships.academicYearId))
			.where(eq(classMemberships.pupilId, id));
		expect(row).toEqual({ label: nextLabel, classId: ash!.id });
	});

	it('cannot join an archived class', async () => {
		await expect(createPupil(t.db, a.admin.actor, newPupil(a.classes[0].id), august)).rejects.toBeInstanceOf(InputError);
	});

	it('joins this year in a school that has not rolled over (August is still this year)', async () => {
		const id = await createPupil(t.db, b.admin.actor, newPupil(b.classes[0].id), august);
		const [row] = await t.db
			.select({ label: academicYears.label })
			.from(classMemberships)
			.innerJoin(academicYears, eq(academicYears.id, classMemberships.academicYearId))
			.where(eq(classMemberships.pupilId, id));
		expect(row?.label).toBe(thisYear.label);
	});
});

describe('a pupil moved in August', () => {
	it('moves within next year once the school has rolled over, leaving last year’s record as it was', async () => {
		const [five, four] = await Promise.all(
			['Year 5 Ash', 'Year 4 Elm'].map(
				async (name) =>
					(
						await t.db
							.select()
							.from(classes)
							.where(and(eq(classes.schoolId, a.id), eq(classes.name, name)))
					)[0]!
			)
		);
		const pupil = a.classes[0].pupils[1]!;
		const before = await t.db.select().from(classMemberships).where(eq(classMemberships.pupilId, pupil.id));
		const moved = await movePupil(t.db, a.admin.actor, pupil.id, four!.id, august);
		expect(moved.fromClassId).toBe(five!.id);
		const after = await t.db
			.select({ label: academicYears.label, classId: classMemberships.classId })
			.from(classMemberships)
			.innerJoin(academicYears, eq(academicYears.id, classMemberships.academicYearId))
			.where(eq(classMemberships.pupilId, pupil.id));
		expect(after).toHaveLength(before.length);
		expect(after.find((m) => m.label === nextLabel)?.classId).toBe(four!.id);
		expect(after.find((m) => m.label === thisYear.label)?.classId).toBe(a.classes[0].id);
	});
});

describe('a roster imported in August', () => {
	it('fills next year’s classes once the school has rolled over, and leaves this year’s as they were', async () => {
		const roster = sampleRoster(60, 1.5, thisYear.startYear + 1, 41);
		const source: ImportSource = {
			kind: 'oneroster',
			files: Object.fromEntries(Object.entries(roster.oneRoster).map(([name, text]) => [name, new TextEncoder().encode(text)]))
		};
		const countIn = async (label: string) =>
			(
				await t.db
					.select({ pupilId: classMemberships.pupilId })
					.from(classMemberships)
					.innerJoin(academicYears, eq(academicYears.id, classMemberships.academicYearId))
					.where(and(eq(classMemberships.schoolId, a.id), eq(academicYears.label, label)))
			).length;
		const [nextBefore, thisBefore] = [await countIn(nextLabel), await countIn(thisYear.label)];
		const preview = await previewImport(t.db, a.admin.actor, source, august);
		await confirmImport(t.db, a.admin.actor, source, preview.fingerprint, august);
		expect(await countIn(nextLabel)).toBe(nextBefore + 60);
		expect(await countIn(thisYear.label)).toBe(thisBefore);
	});
});
