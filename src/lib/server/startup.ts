// Start-up shared by the production entry, `vite dev` and the SvelteKit init hook: open and
// migrate the database, and on a fresh embedded database seed the demo school so a new
// user can sign in straight away.
import { initDatabase } from './db';
import type { DatabaseHandle } from './db/client';
import { seedDemo } from './schools/demo-seed';
import { startPurgeTimer } from './safeguarding/purge-timer';
import { startEmailServices } from './email/worker';
import { startNotificationScheduler } from './notifications/worker';

const KEY = Symbol.for('safe-classroom.startup');
type Holder = { ready?: Promise<DatabaseHandle> };
const holder: Holder = ((globalThis as Record<symbol, unknown>)[KEY] as Holder | undefined) ?? ((globalThis as Record<symbol, unknown>)[KEY] = {});

export function startApp(): Promise<DatabaseHandle> {
	holder.ready ??= (async () => {
		const handle = await initDatabase();
		if (handle.kind === 'pglite' && process.env.SEED_DEMO !== 'false') {
			const seeded = await seedDemo(handle.db);
			if (seeded)
				console.log(
					'Seeded the demo school. Every demo account uses the password safe-school-demo; admin and dsl also ask for a two-step code (see the README).'
				);
		}
		startEmailServices(handle.db);
		// Head escalations, digests and waiting-queue emails (notifications/scheduler.ts).
		startNotificationScheduler(handle.db);
		// Retention: expired records are purged daily (safeguarding/purge.ts).
		startPurgeTimer(handle.db);
		return handle;
	})();
	return holder.ready;
}
