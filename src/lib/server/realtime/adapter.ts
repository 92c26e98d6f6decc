// Sharing socket events between app processes, so a message approved on one process
// reaches pupils connected to another: through PostgreSQL's LISTEN/NOTIFY
// (@socket.io/postgres-adapter, nothing more to run) or through Redis pub/sub
// (@socket.io/redis-adapter, far cheaper per event for busy schools). The embedded
// database is one process by nature and needs neither.
import pg from 'pg';
import { createAdapter } from '@socket.io/postgres-adapter';
import { createAdapter as createRedisAdapter } from '@socket.io/redis-adapter';
import { createClient } from 'redis';
import type { Server } from 'socket.io';
import type { RealtimeAdapterSpec } from '../config';

export interface AdapterHandle {
	close(): Promise<void>;
}

export async function attachPostgresAdapter(io: Server, databaseUrl: string): Promise<AdapterHandle> {
	const pool = new pg.Pool({ connectionString: databaseUrl, max: 4 });
	guardPool(pool);
	// Large payloads (over 8 kB) travel through this table; it is created by the adapter's
	// own convention rather than a migration, because it holds nothing but transit data.
	try {
		await pool.query(`create table if not exists socket_io_attachments (
			id bigserial unique, created_at timestamptz default now(), payload bytea)`);
	} catch (e) {
		// Two processes starting together can both try to create it; one wins, which is enough.
		const code = (e as { code?: string }).code;
		if (code !== '42P07' && code !== '23505') throw e;
	}
	// The adapter retries its LISTEN connection itself (1 to 3 seconds after it ends).
	io.adapter(createAdapter(pool, { cleanupInterval: 30_000, errorHandler: (err) => console.error('socket adapter:', err.message) }));
	return { close: () => pool.end() };
}

/**
 * A database fault must never kill the process. pg's pool listens for errors only on idle
 * clients, so a client it has lent out (the adapter keeps one for LISTEN) that loses its
 * connection emits 'error' with no listener, which Node turns into a crash. Every client
 * gets a listener for its whole life; and one that ends while lent out is handed back as
 * broken, or the pool would count it as busy for ever and run out of connections.
 */
function guardPool(pool: pg.Pool): void {
	pool.on('error', (err) => console.error('socket adapter: database error', err.message));
	pool.on('connect', (client) => {
		client.on('error', (err) => console.error('socket adapter: database connection lost', err.message));
		client.once('end', () => {
			try {
				(client as pg.PoolClient).release?.(true);
			} catch {
				// Already back in the pool (idle clients are removed by the pool itself).
			}
		});
	});
}

/** Redis reconnects by itself; wait longer after each failure, up to 5 seconds, with jitter so processes spread out. */
const redisBackoff = (retries: number): number => Math.min(100 * 2 ** retries, 5_000) + Math.floor(Math.random() * 200);

export async function attachRedisAdapter(io: Server, redisUrl: string): Promise<AdapterHandle> {
	const pub = createClient({ url: redisUrl, socket: { reconnectStrategy: redisBackoff } });
	const sub = pub.duplicate();
	pub.on('error', (err) => console.error('socket adapter: redis error', err.message));
	sub.on('error', (err) => console.error('socket adapter: redis error', err.message));
	await Promise.all([pub.connect(), sub.connect()]);
	io.adapter(createRedisAdapter(pub, sub));
	return { close: async () => void (await Promise.all([pub.quit(), sub.quit()])) };
}

export function attachAdapter(io: Server, spec: RealtimeAdapterSpec): Promise<AdapterHandle> {
	return spec.kind === 'redis' ? attachRedisAdapter(io, spec.url) : attachPostgresAdapter(io, spec.url);
}
