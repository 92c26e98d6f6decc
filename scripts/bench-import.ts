// Benchmark the roster import at a large primary's size: 2,000 pupils and about 3,000
// parents (plus 67 classes and their teachers) from a OneRoster bundle, timed as the admin
// lives it: the dry run, then the confirmed import in one transaction. Each run imports into
// a fresh school on one database (PGlite in memory, or DATABASE_URL when set); three runs,
// median and worst reported, because the machine is shared and one run proves little.
// Target: 30 s. The last line is machine-readable:
//   pupils=2000 parents=<n> import_s=<median> worst_s=<worst>
import { openDatabase } from '../src/lib/server/db/client';
import { schools, users } from '../src/lib/server/db/schema';
import { loadActor } from '../src/lib/server/auth/actor';
import type { Actor } from '../src/lib/domain/auth/permissions';
import { confirmImport, previewImport, type ImportSource } from '../src/lib/server/schools/import/roster-import';
import { academicYearContaining } from '../src/lib/domain/calendar';
import { sampleRoster } from './lib/sample-roster';

const PUPILS = 2000;
const RUNS = 3;
// About one pupil in five shares parents with a brother or sister, so 1.875 parents per
// family gives roughly 3,000 parents for 2,000 pupils.
const sample = sampleRoster(PUPILS, 1.875, academicYearContaining(new Date()).startYear);
const source: ImportSource = {
	kind: 'oneroster',
	files: Object.fromEntries(Object.entries(sample.oneRoster).map(([k, v]) => [k, new TextEncoder().encode(v)]))
};

const handle = await openDatabase({ databaseUrl: process.env.DATABASE_URL ?? undefined, dataDir: 'memory://' });
const db = handle.db;
const seconds: number[] = [];
for (let run = 1; run <= RUNS; run++) {
	const [school] = await db
		.insert(schools)
		.values({ name: `Import Bench ${run}`, slug: `import-bench-${Date.now()}-${run}` })
		.returning();
	const [admin] = await db
		.insert(users)
		.values({ schoolId: school!.id, username: `bench.import.${Date.now()}.${run}`, role: 'admin', firstName: 'Bench', surname: 'Admin', passwordHash: '!' })
		.returning();
	const actor: Actor = { ...(await loadActor(db, admin!)), gate: { open: true, missing: [] } };
	const started = performance.now();
	const preview = await previewImport(db, actor, source);
	const previewed = performance.now();
	const done = await confirmImport(db, actor, source, preview.fingerprint);
	const finished = performance.now();
	seconds.push((finished - started) / 1000);
	console.log(
		`run ${run}: dry run ${((previewed - started) / 1000).toFixed(1)} s, confirm ${((finished - previewed) / 1000).toFixed(1)} s, ${done.peopleCreated} people and ${done.classesCreated} classes created`
	);
}
await handle.close();
const sorted = [...seconds].sort((a, b) => a - b);
console.log(`database=${handle.kind}`);
console.log(`pupils=${PUPILS} parents=${sample.parents} import_s=${sorted[Math.floor(RUNS / 2)]!.toFixed(1)} worst_s=${sorted[RUNS - 1]!.toFixed(1)}`);
