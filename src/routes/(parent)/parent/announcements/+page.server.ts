// Opening this page is reading the notes on it: each is counted once for the teacher.
import { getDb } from '$lib/server/db';
import { pageLoad } from '$lib/server/http/handlers';
import { listFamilyAnnouncements, markAnnouncementsRead } from '$lib/server/notifications/class-announcements';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = pageLoad({
	permission: 'home.parent',
	run: async ({ actor }) => {
		const announcements = await listFamilyAnnouncements(getDb(), actor);
		await markAnnouncementsRead(
			getDb(),
			actor,
			announcements.filter((a) => !a.read).map((a) => a.id)
		);
		return { announcements };
	}
});
