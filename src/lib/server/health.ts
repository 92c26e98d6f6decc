// The health check behind /healthz: whether the database answers, within a few seconds.
// Load balancers take a process whose database is down out of rotation (503) and put it
// back when this answers again; it says which driver is in use and nothing about any school.
import { sql } from 'drizzle-orm';
import { databaseKind, getDb } from './db';
import type { DriverKind } from './db/client';

export type Health = { status: 'ok'; database: DriverKind } | { status: 'unavailable'; database: 'down' };

// Longer than a healthy round trip under load, shorter than a load balancer's usual timeout.
const CHECK_TIMEOUT_MS = 3_000;

export async function checkHealth(): Promise<{ httpStatus: 200 | 503; body: Health }> {
	let timer: NodeJS.Timeout | undefined;
	try {
		const timeout = new Promise<never>((_, reject) => {
			timer = setTimeout(() => reject(new Error('database check timed out')), CHECK_TIMEOUT_MS);
		});
		await Promise.race([getDb().execute(sql`select 1`), timeout]);
		return { httpStatus: 200, body: { status: 'ok', database: databaseKind() } };
	} catch {
		return { httpStatus: 503, body: { status: 'unavailable', database: 'down' } };
	} finally {
		clearTimeout(timer);
	}
}
