import { json } from '@sveltejs/kit';
import { checkHealth } from '$lib/server/health';
import { publicHandler } from '$lib/server/http/handlers';
import type { RequestHandler } from './$types';

// Public by design: load balancers and uptime checks call it without a session.
export const GET: RequestHandler = publicHandler(async () => {
	const { httpStatus, body } = await checkHealth();
	return json(body, { status: httpStatus, headers: { 'cache-control': 'no-store' } });
});
