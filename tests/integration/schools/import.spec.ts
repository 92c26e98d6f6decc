// Importing a generated 420-pupil school from a OneRoster bundle and from a mapped CSV:
// the dry run writes nothing, confirming writes it all, importing again changes nothing,
// and a changed file moves, renames and relinks by stable key.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, count, eq, isNotNull } from 'drizzle-orm';
import { openTestDatabase, type TestDatabase } from '../support/database';
import { createTestSchool, type TestSchool } from '../support/factories';
import { sampleRoster } from '../../../scripts/lib/sample-roster';
import { confirmImport, previewImport, type ImportSource } from '../../../src/lib/server/schools/import/roster-import';
import { classMemberships, classTeachers, classes, parentLinks, users } from '../../../src/lib/server/db/schema';
import { academicYearContaining } from '../../../src/lib/domain/calendar';
import { ConflictError } from '../../../src/lib/server/errors';

let t: TestDatabase;
let a: TestSchool;
let b: TestSchool;
const year = academicYearContaining(new Date());
const sample = sampleRoster(420, 1.5, year.startYear);
const bytes = (text: string) => new TextEncoder().encode(text);
const bundle = (files: Record<string, string>): ImportSource => ({
	kind: 'oneroster',
	files: Object.fromEntries(Object.entries(files).map(([k, v]) => [k, bytes(v)]))
});

beforeAll(async () => {
	t = await openTestDatabase();
	a = await createTestSchool(t.db);
	b = await createTestSchool(t.db);
}, 180_000);
afterAll(() => t.close());

async function countIn(schoolId: string) {
	const [pupils] = await t.db
		.select({ n: count() })
		.from(users)
		.where(and(eq(users.schoolId, schoolId), eq(users.role, 'pupil'), isNotNull(users.externalKey)));
	const [parents] = await t.db
		.select({ n: count() })
		.from(users)
		.where(and(eq(users.schoolId, schoolId), eq(users.role, 'parent'), isNotNull(users.externalKey)));
	const [links] = await t.db.select({ n: count() }).from(parentLinks).where(eq(parentLinks.schoolId, schoolId));
	const [members] = await t.db.select({ n: count() }).from(classMemberships).where(eq(classMemberships.schoolId, schoolId));
	const [teaching] = await t.db.select({ n: count() }).from(classTeachers).where(eq(classTeachers.schoolId, schoolId));
	return { pupils: pupils!.n, parents: parents!.n, links: links!.n, members: members!.n, teaching: teaching!.n };
}

describe('OneRoster bundle', () => {
	it('previews without writing, then imports everything in one go', async () => {
		const before = await countIn(a.id);
		const preview = await previewImport(t.db, a.admin.actor, bundle(sample.oneRoster));
		expect(preview.plan.counts).toMatchObject({ create: 14 + 420 + 14 + sample.parents, refuse: 0 });
		expect(await countIn(a.id)).toEqual(before);
		const done = await confirmImport(t.db, a.admin.actor, bundle(sample.oneRoster), preview.fingerprint);
		expect(done).toMatchObject({ classesCreated: 14, peopleCreated: 420 + 14 + sample.parents });
		const after = await countIn(a.id);
		expect(after).toMatchObject({ pupils: 420, parents: sample.parents, members: before.members + 420, teaching: before.teaching + 14 });
		expect(after.links).toBeGreaterThan(before.links + 420);
	});

	it('changes nothing when the same bundle is imported again', async () => {
		const before = await countIn(a.id);
		const preview = await previewImport(t.db, a.admin.actor, bundle(sample.oneRoster));
		expect(preview.plan.counts).toMatchObject({ create: 0, change: 0, refuse: 0, leave: 14 + 420 + 14 + sample.parents });
		await confirmImport(t.db, a.admin.actor, bundle(sample.oneRoster), preview.fingerprint);
		expect(await countIn(a.id)).toEqual(before);
	});

	it('renames, moves and relinks by key when the file changes', async () => {
		const users1 = sample.oneRoster['users.csv']!.replace(/^stu-1,(.*?),Lily,/m, 'stu-1,$1,Lilian,');
		const enrol = sample.oneRoster['enrollments.csv']!.replace('enr-s2,active,cls-1,', 'enr-s2,active,cls-2,');
		const changed = { ...sample.oneRoster, 'users.csv': users1, 'enrollments.csv': enrol };
		const preview = await previewImport(t.db, a.admin.actor, bundle(changed));
		const changes = preview.plan.lines.filter((l) => l.outcome === 'change');
		expect(changes.map((c) => c.notes.join('; '))).toEqual(expect.arrayContaining([expect.stringMatching(/→ Lilian/), 'moves class']));
		await confirmImport(t.db, a.admin.actor, bundle(changed), preview.fingerprint);
		const [stu1] = await t.db
			.select()
			.from(users)
			.where(and(eq(users.schoolId, a.id), eq(users.externalKey, 'stu-1')));
		expect(stu1!.firstName).toBe('Lilian');
		const [stu2] = await t.db
			.select({ cls: classes.externalKey })
			.from(users)
			.innerJoin(classMemberships, eq(classMemberships.pupilId, users.id))
			.innerJoin(classes, eq(classes.id, classMemberships.classId))
			.where(and(eq(users.schoolId, a.id), eq(users.externalKey, 'stu-2')));
		expect(stu2!.cls).toBe('cls-2');
	});

	it('refuses to confirm a preview the school has since moved on from', async () => {
		const preview = await previewImport(t.db, b.admin.actor, bundle(sample.oneRoster));
		await confirmImport(t.db, b.admin.actor, bundle(sample.oneRoster), preview.fingerprint);
		await expect(confirmImport(t.db, b.admin.actor, bundle(sample.oneRoster), preview.fingerprint)).rejects.toBeInstanceOf(ConflictError);
	});
});

describe('mapped CSV', () => {
	it('imports a 420-pupil CSV with its own column names and UK dates, then changes nothing on a second run', async () => {
		const c = await createTestSchool(t.db);
		const source: ImportSource = { kind: 'csv', bytes: bytes(sample.csv), mapping: sample.mapping as never };
		const preview = await previewImport(t.db, c.admin.actor, source);
		expect(preview.plan.counts).toMatchObject({ create: 14 + 420 + sample.parents, refuse: 0 });
		await confirmImport(t.db, c.admin.actor, source, preview.fingerprint);
		const after = await countIn(c.id);
		expect(after).toMatchObject({ pupils: 420, parents: sample.parents });
		const [dob] = await t.db
			.select({ d: users.dateOfBirth })
			.from(users)
			.where(and(eq(users.schoolId, c.id), eq(users.externalKey, sample.csv.split('\r\n')[1]!.split(',')[0]!)));
		expect(dob!.d).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		const again = await previewImport(t.db, c.admin.actor, source);
		expect(again.plan.counts).toMatchObject({ create: 0, change: 0 });
		await confirmImport(t.db, c.admin.actor, source, again.fingerprint);
		expect(await countIn(c.id)).toEqual(after);
	});
});
