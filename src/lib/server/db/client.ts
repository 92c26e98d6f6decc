// One schema, two drivers: postgres.js when DATABASE_URL is set (a school's or trust's
// PostgreSQL), embedded PGlite in a data folder when not, so a new user needs nothing
// installed. Migrations from drizzle/ are applied on open.
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import * as schema from './schema';

export type Schema = typeof schema;
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];
/** A database or an open transaction: services accept either so callers can compose them. */
export type Executor = Database | Transaction;
export type DriverKind = 'pglite' | 'postgres';

export interface DatabaseHandle {
	db: Database;
	kind: DriverKind;
	close(): Promise<void>;
}

export interface OpenOptions {
	databaseUrl?: string;
	/** A folder for PGlite, or 'memory://' for a throwaway in-memory database (tests). */
	dataDir: string;
	/** Connections per process for postgres.js (DATABASE_POOL_SIZE; 10 when unset). */
	maxConnections?: number;
	/** Called with each statement's text as it is sent (postgres.js only): the chat bench counts them. */
	onStatement?: (query: string) => void;
}

export function migrationsFolder(): string {
	// Walk up from this file to the project root, whether running from src/ or a bundle.
	const candidates = [path.resolve(process.cwd(), 'drizzle'), path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../drizzle')];
	return candidates.find((c) => existsSync(c)) ?? candidates[0]!;
}

export async function openDatabase(options: OpenOptions): Promise<DatabaseHandle> {
	const handle = options.databaseUrl
		? await openPostgres(options.databaseUrl, options.maxConnections ?? 10, options.onStatement)
		: await openPglite(options.dataDir);
	return handle;
}

// An arbitrary constant naming this app's migration lock among PostgreSQL advisory locks.
const MIGRATION_LOCK = 7_314_021;

async function openPostgres(url: string, max: number, onStatement?: (query: string) => void): Promise<DatabaseHandle> {
	const { default: postgres } = await import('postgres');
	const { drizzle } = await import('drizzle-orm/postgres-js');
	const { migrate } = await import('drizzle-orm/postgres-js/migrator');
	const client = postgres(url, { max, onnotice: () => {}, ...(onStatement ? { debug: (_c: number, query: string) => onStatement(query) } : {}) });
	const db = drizzle(preparing(client), { schema, casing: 'snake_case' });
	// Several app processes may start at once against one database: an advisory lock lets
	// one apply the migrations while the others wait, then find nothing left to do.
	const lock = await client.reserve();
	try {
		await lock`select pg_advisory_lock(${MIGRATION_LOCK})`;
		await migrate(db, { migrationsFolder: migrationsFolder() });
	} finally {
		await lock`select pg_advisory_unlock(${MIGRATION_LOCK})`;
		lock.release();
	}
	return {
		db: db as unknown as Database,
		kind: 'postgres',
		close: () => client.end({ timeout: 5 })
	};
}

type PostgresClient = import('postgres').Sql;

/**
 * Every statement drizzle sends through postgres.js is prepared once per connection and
 * then only bound and executed. Drizzle asks postgres.js for unnamed statements, which
 * costs two round trips for any query with parameters (parse and describe, then bind and
 * execute) and a fresh parse and plan on the server each time; a busy class sends hundreds
 * of the same few statements a second. Query texts are drizzle's, with every value a
 * parameter, so the set of statements per connection stays small.
 */
function preparing<T extends PostgresClient>(sql: T): T {
	return new Proxy(sql, {
		get(target, prop, receiver) {
			if (prop === 'unsafe')
				return (query: string, params?: unknown[], options?: Record<string, unknown>) => target.unsafe(query, params as never, { ...options, prepare: true });
			if (prop === 'begin' || prop === 'savepoint')
				return (...args: unknown[]) => {
					const run = args.pop() as (inner: PostgresClient) => unknown;
					return (Reflect.get(target, prop) as (...a: unknown[]) => unknown).call(target, ...args, (inner: PostgresClient) => run(preparing(inner)));
				};
			const value = Reflect.get(target, prop, receiver);
			return typeof value === 'function' ? value.bind(target) : value;
		}
	});
}

async function openPglite(dataDir: string): Promise<DatabaseHandle> {
	const { PGlite } = await import('@electric-sql/pglite');
	const { drizzle } = await import('drizzle-orm/pglite');
	const { migrate } = await import('drizzle-orm/pglite/migrator');
	if (!dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true });
	const client = await PGlite.create(dataDir);
	const db = drizzle(client, { schema, casing: 'snake_case' });
	await migrate(db, { migrationsFolder: migrationsFolder() });
	return { db: db as unknown as Database, kind: 'pglite', close: () => client.close() };
}
