import { json } from '@sveltejs/kit';
import { sql } from 'drizzle-orm';
import { databaseKind, getDb } from '$lib/server/db';
import { publicHandler } from '$lib/server/http/handlers';
import type { RequestHandler } from './$types';

// Public by design: load balancers and uptime checks call it without a session. It says
// which driver is in use and nothing about any school.
export const GET: RequestHandler = publicHandler(async () => {
	await getDb().execute(sql`select 1`);
	return json({ status: 'ok', database: databaseKind() });
});
