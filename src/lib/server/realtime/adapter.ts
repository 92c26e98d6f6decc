// Sharing socket events between app processes. With PostgreSQL (DATABASE_URL), events go
// through the database's LISTEN/NOTIFY via @socket.io/postgres-adapter, so a message
// approved on one process reaches pupils connected to another. The embedded database is
// one process by nature and needs no adapter.
import pg from 'pg';
import { createAdapter } from '@socket.io/postgres-adapter';
import type { Server } from 'socket.io';

export interface AdapterHandle {
	close(): Promise<void>;
}

export async function attachPostgresAdapter(io: Server, databaseUrl: string): Promise<AdapterHandle> {
	const pool = new pg.Pool({ connectionString: databaseUrl, max: 4 });
	pool.on('error', (err) => console.error('socket adapter: database error', err.message));
	// Large payloads (over 8 kB) travel through this table; it is created by the adapter's
	// own convention rather than a migration, because it holds nothing but transit data.
	await pool.query(`create table if not exists socket_io_attachments (
		id bigserial unique, created_at timestamptz default now(), payload bytea)`);
	io.adapter(createAdapter(pool, { cleanupInterval: 30_000 }));
	return { close: () => pool.end() };
}
