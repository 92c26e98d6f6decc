// A parent's notices from school: agreement reminders, and notes the school sends after
// an incident. Opening the page marks them read, so the home page's "new" count clears.
import { getDb } from '$lib/server/db';
import { pageLoad } from '$lib/server/http/handlers';
import { listOwnNotices, markOwnNoticesRead } from '$lib/server/agreements/notices';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = pageLoad({
	permission: 'home.parent',
	run: async ({ actor }) => {
		const db = getDb();
		const notices = await listOwnNotices(db, actor);
		await markOwnNoticesRead(db, actor);
		return { notices };
	}
});
