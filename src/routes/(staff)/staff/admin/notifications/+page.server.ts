import { getDb } from '$lib/server/db';
import { pageLoad } from '$lib/server/http/handlers';
import { listBouncedAddresses } from '$lib/server/notifications/bounces';
import { notificationActivity } from '$lib/server/notifications/activity';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = pageLoad({
	permission: 'school.manage',
	run: async ({ actor }) => {
		// The addresses that bounce are listed once, under Accounts (with "Try again"); this page links there.
		const bouncing = await listBouncedAddresses(getDb(), actor);
		return { bouncing: { addresses: bouncing.length, held: bouncing.reduce((n, b) => n + b.held, 0) }, activity: await notificationActivity(getDb(), actor) };
	}
});
