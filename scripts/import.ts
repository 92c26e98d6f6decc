// `npm run import -- --school <id|name> (--oneroster <dir> | --csv <file> --mapping <json>) [--dry-run] [--remove-missing-links]`
// for a technician: the same dry run and one-transaction import as the admin page, on the
// database named by the environment. It acts as the school's longest-standing admin account
// (the audit log records that account). `--org` picks one school of a trust's
// OneRoster bundle; `--report <file>` writes the dry run as CSV (formulas escaped).
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { and, asc, eq, or, sql } from 'drizzle-orm';
import { closeDatabase, initDatabase } from '../src/lib/server/db';
import { schools, users } from '../src/lib/server/db/schema';
import { loadActor } from '../src/lib/server/auth/actor';
import type { Actor } from '../src/lib/domain/auth/permissions';
import { confirmImport, previewImport, type ImportSource } from '../src/lib/server/schools/import/roster-import';
import { ONEROSTER_FILES } from '../src/lib/domain/schools/import/oneroster';
import { OUTCOME_WORDS, planToCsv } from '../src/lib/domain/schools/import/report';
import { isUuid } from '../src/lib/server/auth/resources';

const USAGE =
	'usage: npm run import -- --school <id|name> (--oneroster <dir> | --csv <file> --mapping <json file>) [--org <sourcedId>] [--dry-run] [--remove-missing-links] [--report <file.csv>]';

async function sourceFrom(values: Record<string, string | boolean | undefined>): Promise<ImportSource> {
	if (typeof values.oneroster === 'string') {
		const present = new Set(await readdir(values.oneroster));
		const files: Record<string, Uint8Array> = {};
		for (const name of ONEROSTER_FILES) if (present.has(name)) files[name] = await readFile(join(values.oneroster, name));
		return { kind: 'oneroster', files, orgSourcedId: typeof values.org === 'string' ? values.org : undefined };
	}
	if (typeof values.csv === 'string' && typeof values.mapping === 'string')
		return { kind: 'csv', bytes: await readFile(values.csv), mapping: JSON.parse(await readFile(values.mapping, 'utf8')) };
	throw new Error(USAGE);
}

async function main(): Promise<number> {
	const { values } = parseArgs({
		options: {
			school: { type: 'string' },
			oneroster: { type: 'string' },
			csv: { type: 'string' },
			mapping: { type: 'string' },
			org: { type: 'string' },
			'dry-run': { type: 'boolean' },
			'remove-missing-links': { type: 'boolean' },
			report: { type: 'string' }
		}
	});
	if (!values.school) throw new Error(USAGE);
	const source = await sourceFrom(values);
	const { db } = await initDatabase();
	const wanted = values.school;
	const [school] = await db
		.select()
		.from(schools)
		.where(isUuid(wanted) ? eq(schools.id, wanted) : or(sql`lower(${schools.name}) = lower(${wanted})`, eq(schools.slug, wanted)));
	if (!school) throw new Error(`No school called "${wanted}".`);
	const [admin] = await db
		.select()
		.from(users)
		.where(and(eq(users.schoolId, school.id), eq(users.role, 'admin')))
		.orderBy(asc(users.createdAt))
		.limit(1);
	if (!admin) throw new Error(`${school.name} has no admin account to act as; create one first.`);
	// A technician with the server's shell already holds the whole database, so the staff
	// agreement gate (which stops staff acting before they sign) does not apply here.
	const actor: Actor = { ...(await loadActor(db, admin)), gate: { open: true, missing: [] } };
	// Parents the file no longer lists keep their links unless this is asked for.
	const options = { removeMissingLinks: values['remove-missing-links'] === true };
	const preview = await previewImport(db, actor, source, new Date(), options);
	for (const line of preview.plan.lines)
		if (line.outcome !== 'leave' || line.notes.length)
			console.log(
				`${line.source.file}:${line.source.line}\t${line.kind}\t${line.label}\t${OUTCOME_WORDS[line.outcome]}${line.notes.length ? `: ${line.notes.join('; ')}` : ''}`
			);
	const c = preview.plan.counts;
	console.log(
		`${school.name}: ${c.create} to create, ${c.change} to change, ${c.leave} unchanged, ${c.refuse} refused, ${c.skip} passed over (read as ${preview.encoding})`
	);
	if (values.report) await writeFile(values.report, planToCsv(preview.plan));
	if (values['dry-run']) {
		console.log('Dry run: nothing was written.');
		return 0;
	}
	const done = await confirmImport(db, actor, source, preview.fingerprint, new Date(), options);
	console.log(`Imported: ${done.classesCreated} classes and ${done.peopleCreated} people created, ${done.peopleChanged} people changed.`);
	return 0;
}

try {
	process.exitCode = await main();
} catch (e) {
	console.error(e instanceof Error ? e.message : String(e));
	process.exitCode = 1;
} finally {
	await closeDatabase();
}
