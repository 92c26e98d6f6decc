import { json } from '@sveltejs/kit';
import { checkHealth } from '$lib/server/health';
import type { RequestHandler } from './$types';

// Public by design: load balancers and uptime checks call it without a session.
export const GET: RequestHandler = async () => {
	const { httpStatus, body } = await checkHealth();
	return json(body, { status: httpStatus, headers: { 'cache-control': 'no-store' } });
};
