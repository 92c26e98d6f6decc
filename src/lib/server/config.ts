// Runtime settings, read from the environment once. Kept free of SvelteKit's $env so the
// production entry, scripts and tests share exactly the same reading.
import path from 'node:path';

export interface AppConfig {
	databaseUrl: string | undefined;
	dataDir: string;
	/** Public origin(s) allowed for the socket handshake; empty means "same host as the request". */
	origins: string[];
	/**
	 * PostgreSQL URL through which socket events are shared between app processes; unset
	 * on the embedded database (one process) or when REALTIME_ADAPTER=none says this is
	 * the only process, which spares a NOTIFY per event.
	 */
	realtimeAdapterUrl: string | undefined;
	production: boolean;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
	return {
		databaseUrl: env.DATABASE_URL?.trim() || undefined,
		realtimeAdapterUrl: env.REALTIME_ADAPTER === 'none' ? undefined : env.DATABASE_URL?.trim() || undefined,
		dataDir: resolveDataDir(env.DATA_DIR?.trim() || './data'),
		origins: (env.ORIGIN ?? '')
			.split(',')
			.map((o) => o.trim())
			.filter(Boolean),
		production: env.NODE_ENV === 'production'
	};
}

/** 'memory://' keeps PGlite in memory (nothing written to disk); anything else is a folder. */
function resolveDataDir(value: string): string {
	return value.startsWith('memory://') ? value : path.resolve(value);
}
