// Runs the retention purge once a day in the server process (first run ten minutes after
// start, so a restart loop cannot hammer the database). The timer is unref'd so it never
// keeps a process alive; each run logs what it removed.
import type { Database } from '../db';
import { purgeAllSchools } from './purge';

const FIRST_RUN_MS = 10 * 60_000;
const EVERY_MS = 24 * 60 * 60_000;
const KEY = Symbol.for('safe-classroom.purge-timer');

async function runOnce(db: Database): Promise<void> {
	try {
		const results = await purgeAllSchools(db);
		const removed = results.reduce((n, r) => n + Object.values(r.removed).reduce((a, b) => a + b, 0), 0);
		console.log(`Retention purge: ${removed} rows removed across ${results.length} schools.`);
	} catch (e) {
		console.error('Retention purge failed; it will run again tomorrow.', e);
	}
}

/** Starts the daily purge once per process. */
export function startPurgeTimer(db: Database): void {
	const store = globalThis as Record<symbol, unknown>;
	if (store[KEY]) return;
	const first = setTimeout(() => {
		void runOnce(db);
		const every = setInterval(() => void runOnce(db), EVERY_MS);
		every.unref();
		store[KEY] = every;
	}, FIRST_RUN_MS);
	first.unref();
	store[KEY] = first;
}
