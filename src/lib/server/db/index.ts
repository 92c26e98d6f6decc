// The process-wide database. Kept on globalThis because the production entry, the
// SvelteKit bundle and Vite's dev module graph each load their own copy of this module,
// and PGlite must only be opened once per data folder.
import { readConfig } from '../config';
import { openDatabase, type Database, type DatabaseHandle, type DriverKind, type OpenOptions } from './client';

export type { Database, Executor, Transaction } from './client';

interface Holder {
	opening?: Promise<DatabaseHandle>;
	handle?: DatabaseHandle;
}

const KEY = Symbol.for('safe-classroom.database');
const holder: Holder = ((globalThis as Record<symbol, unknown>)[KEY] as Holder | undefined) ?? ((globalThis as Record<symbol, unknown>)[KEY] = {});

/** Opens (once) and migrates the database named by the environment. */
export function initDatabase(extra: Pick<OpenOptions, 'onStatement'> = {}): Promise<DatabaseHandle> {
	holder.opening ??= (async () => {
		const config = readConfig();
		const handle = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, maxConnections: config.databasePoolSize, ...extra });
		holder.handle = handle;
		return handle;
	})();
	return holder.opening;
}

export function getDb(): Database {
	if (!holder.handle) throw new Error('Database used before initDatabase() finished');
	return holder.handle.db;
}

export function databaseKind(): DriverKind {
	if (!holder.handle) throw new Error('Database used before initDatabase() finished');
	return holder.handle.kind;
}

export async function closeDatabase(): Promise<void> {
	const handle = holder.handle;
	holder.handle = undefined;
	holder.opening = undefined;
	await handle?.close();
}
