// Runtime settings, read from the environment once. Kept free of SvelteKit's $env so the
// production entry, scripts and tests share exactly the same reading.
import path from 'node:path';

export type RealtimeAdapterSpec = { kind: 'postgres' | 'redis'; url: string };

export interface AppConfig {
	databaseUrl: string | undefined;
	/** Connections each app process keeps to PostgreSQL (DATABASE_POOL_SIZE, default 10). */
	databasePoolSize: number | undefined;
	dataDir: string;
	/** Public origin(s) allowed for the socket handshake; empty means "same host as the request". */
	origins: string[];
	/** How socket events are shared between app processes; null for a single process. */
	realtimeAdapter: RealtimeAdapterSpec | null;
	production: boolean;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
	return {
		databaseUrl: env.DATABASE_URL?.trim() || undefined,
		databasePoolSize: poolSizeFrom(env.DATABASE_POOL_SIZE),
		realtimeAdapter: realtimeAdapterFrom(env),
		dataDir: resolveDataDir(env.DATA_DIR?.trim() || './data'),
		origins: (env.ORIGIN ?? '')
			.split(',')
			.map((o) => o.trim())
			.filter(Boolean),
		production: env.NODE_ENV === 'production'
	};
}

function poolSizeFrom(value: string | undefined): number | undefined {
	if (!value?.trim()) return undefined;
	const size = Number(value);
	if (!Number.isInteger(size) || size < 1 || size > 200) throw new Error(`DATABASE_POOL_SIZE must be a whole number from 1 to 200, not "${value}"`);
	return size;
}

/** 'memory://' keeps PGlite in memory (nothing written to disk); anything else is a folder. */
function resolveDataDir(value: string): string {
	return value.startsWith('memory://') ? value : path.resolve(value);
}

/**
 * REALTIME_ADAPTER picks how several app processes share live events: 'postgres' (the
 * default with DATABASE_URL: LISTEN/NOTIFY on the same database), 'redis' (REDIS_URL;
 * much lighter under load), or 'none' for a single process. The embedded database is
 * one process by nature and never needs one.
 */
function realtimeAdapterFrom(env: NodeJS.ProcessEnv): RealtimeAdapterSpec | null {
	const choice = env.REALTIME_ADAPTER?.trim() || 'postgres';
	const databaseUrl = env.DATABASE_URL?.trim();
	if (choice === 'none') return null;
	if (choice === 'redis') return { kind: 'redis', url: env.REDIS_URL?.trim() || 'redis://127.0.0.1:6379' };
	if (choice !== 'postgres') throw new Error(`REALTIME_ADAPTER must be postgres, redis or none, not "${choice}"`);
	return databaseUrl ? { kind: 'postgres', url: databaseUrl } : null;
}
