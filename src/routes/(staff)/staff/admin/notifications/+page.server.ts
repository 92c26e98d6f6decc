import { getDb } from '$lib/server/db';
import { pageLoad } from '$lib/server/http/handlers';
import { listBounces } from '$lib/server/notifications/preferences';
import { notificationActivity } from '$lib/server/notifications/activity';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = pageLoad({
	permission: 'school.manage',
	run: async ({ actor }) => {
		return { bounces: await listBounces(getDb(), actor), activity: await notificationActivity(getDb(), actor) };
	}
});
