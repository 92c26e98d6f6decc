// One database per test file: in-memory PGlite by default, or a fresh PostgreSQL database
// created from TEST_DATABASE_URL (and dropped afterwards). Tests stay isolated by each
// creating its own school with the factories.
import postgres from 'postgres';
import { closeDatabase, initDatabase, type Database } from '../../../src/lib/server/db';
import type { DriverKind } from '../../../src/lib/server/db/client';

export interface TestDatabase {
	db: Database;
	kind: DriverKind;
	close(): Promise<void>;
}

export async function openTestDatabase(): Promise<TestDatabase> {
	const adminUrl = process.env.TEST_DATABASE_URL;
	let dropName: string | null = null;
	if (adminUrl) {
		dropName = `t_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
		const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
		await admin.unsafe(`create database ${dropName}`);
		await admin.end();
		const url = new URL(adminUrl);
		url.pathname = `/${dropName}`;
		process.env.DATABASE_URL = url.toString();
	} else {
		delete process.env.DATABASE_URL;
		process.env.DATA_DIR = 'memory://';
	}
	const handle = await initDatabase();
	return {
		db: handle.db,
		kind: handle.kind,
		async close() {
			await closeDatabase();
			if (adminUrl && dropName) {
				const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
				await admin.unsafe(`drop database if exists ${dropName} with (force)`);
				await admin.end();
			}
		}
	};
}
