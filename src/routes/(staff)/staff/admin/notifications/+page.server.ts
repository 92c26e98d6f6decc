import { getDb } from '$lib/server/db';
import { guard } from '$lib/server/auth/guard';
import { listBounces } from '$lib/server/notifications/preferences';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const actor = guard(locals, 'school.manage');
	return { bounces: await listBounces(getDb(), actor) };
};
