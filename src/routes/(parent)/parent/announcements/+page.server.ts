// Listing the notes changes nothing: a link preloaded on hover must not count as reading.
// The page marks what it has shown as read with a POST once it is on screen.
import { getDb } from '$lib/server/db';
import { formAction, pageLoad } from '$lib/server/http/handlers';
import { listFamilyAnnouncements, markAnnouncementsRead } from '$lib/server/notifications/class-announcements';
import { announcementsReadSchema } from '$lib/domain/notifications/inputs';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = pageLoad({
	permission: 'home.parent',
	run: async ({ actor }) => ({ announcements: await listFamilyAnnouncements(getDb(), actor) })
});

export const actions: Actions = {
	read: formAction({
		permission: 'home.parent',
		schema: announcementsReadSchema,
		lists: ['id'],
		run: async ({ actor, input }) => ({ marked: await markAnnouncementsRead(getDb(), actor, input.id) })
	})
};
