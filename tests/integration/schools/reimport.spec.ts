// Re-importing a newer file from which a parent has vanished: by default the parent keeps
// their links and the dry run says "kept: not in this file"; with "remove links not in the
// file" ticked, the links to the file's pupils go, audited with the import. A changed
// option after the preview is refused like any other change.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { openTestDatabase, type TestDatabase } from '../support/database';
import { createTestSchool, type TestSchool } from '../support/factories';
import { sampleRoster } from '../../../scripts/lib/sample-roster';
import { confirmImport, previewImport, type ImportSource } from '../../../src/lib/server/schools/import/roster-import';
import { ConflictError } from '../../../src/lib/server/errors';
import { auditLog, parentLinks, users } from '../../../src/lib/server/db/schema';
import { academicYearContaining } from '../../../src/lib/domain/calendar';
import { parseCsv } from '../../../src/lib/domain/shared/csv';
import { toCsv } from '../../../src/lib/domain/shared/csv';

let t: TestDatabase;
let a: TestSchool;
const sample = sampleRoster(30, 1.5, academicYearContaining(new Date()).startYear);
const encode = (files: Record<string, string>): ImportSource => ({
	kind: 'oneroster',
	files: Object.fromEntries(Object.entries(files).map(([k, v]) => [k, new TextEncoder().encode(v)]))
});

// The newer file: the first parent's line is gone, and so is every mention of them.
const rows = parseCsv(sample.oneRoster['users.csv']!);
const header = rows[0]!;
const roleAt = header.indexOf('role');
const vanished = rows.find((r) => r[roleAt] === 'parent' || r[roleAt] === 'guardian')!;
const vanishedKey = vanished[0]!;
const newer = encode({
	...sample.oneRoster,
	'users.csv': toCsv(
		rows
			.filter((r) => r !== vanished)
			.map((r) =>
				r.map((cell, i) =>
					header[i] === 'agentSourcedIds'
						? cell
								.split(',')
								.filter((k) => k !== vanishedKey)
								.join(',')
						: cell
				)
			)
	)
});

beforeAll(async () => {
	t = await openTestDatabase();
	a = await createTestSchool(t.db);
	const first = encode(sample.oneRoster);
	const preview = await previewImport(t.db, a.admin.actor, first);
	await confirmImport(t.db, a.admin.actor, first, preview.fingerprint);
}, 180_000);
afterAll(() => t.close());

const linksOfVanished = async () => {
	const [parent] = await t.db
		.select()
		.from(users)
		.where(and(eq(users.schoolId, a.id), eq(users.externalKey, vanishedKey)));
	return t.db.select().from(parentLinks).where(eq(parentLinks.parentId, parent!.id));
};

describe('a parent who vanishes from a re-imported file', () => {
	it('keeps their links by default, and the dry run says so', async () => {
		const before = await linksOfVanished();
		expect(before.length).toBeGreaterThan(0);
		const preview = await previewImport(t.db, a.admin.actor, newer);
		const line = preview.plan.lines.find((l) => l.source.file === '(not in this file)');
		expect(line).toMatchObject({ kind: 'parent', outcome: 'leave', notes: [expect.stringMatching(/^kept: not in this file/)] });
		await confirmImport(t.db, a.admin.actor, newer, preview.fingerprint);
		expect(await linksOfVanished()).toHaveLength(before.length);
	});

	it('refuses a confirm whose option differs from the preview’s', async () => {
		const preview = await previewImport(t.db, a.admin.actor, newer);
		await expect(confirmImport(t.db, a.admin.actor, newer, preview.fingerprint, new Date(), { removeMissingLinks: true })).rejects.toBeInstanceOf(
			ConflictError
		);
		expect((await linksOfVanished()).length).toBeGreaterThan(0);
	});

	it('loses their links to the file’s pupils when the admin ticks "remove links not in the file"', async () => {
		const options = { removeMissingLinks: true };
		const preview = await previewImport(t.db, a.admin.actor, newer, new Date(), options);
		expect(preview.plan.lines.find((l) => l.source.file === '(not in this file)')).toMatchObject({
			outcome: 'change',
			notes: [expect.stringMatching(/^not in this file: unlinked from/)]
		});
		await confirmImport(t.db, a.admin.actor, newer, preview.fingerprint, new Date(), options);
		expect(await linksOfVanished()).toHaveLength(0);
		// The account itself stays (it may have signed agreements); only the links went.
		expect(
			await t.db
				.select()
				.from(users)
				.where(and(eq(users.schoolId, a.id), eq(users.externalKey, vanishedKey)))
		).toHaveLength(1);
		const audits = await t.db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.schoolId, a.id), eq(auditLog.action, 'school.roster_imported')));
		expect(audits.at(-1)!.details).toMatchObject({ removeMissingLinks: true });
		// Importing the same file again now changes nothing.
		const again = await previewImport(t.db, a.admin.actor, newer, new Date(), options);
		expect(again.plan.counts).toMatchObject({ create: 0, change: 0 });
	});
});
