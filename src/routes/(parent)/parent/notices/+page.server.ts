// A parent's notices from school: agreement reminders, and notes the school sends after
// an incident. Opening the page marks them read, so the home page's "new" count clears.
import { getDb } from '$lib/server/db';
import { guard } from '$lib/server/auth/guard';
import { listOwnNotices, markOwnNoticesRead } from '$lib/server/agreements/notices';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const actor = guard(locals, 'home.parent');
	const db = getDb();
	const notices = await listOwnNotices(db, actor);
	await markOwnNoticesRead(db, actor);
	return { notices };
};
