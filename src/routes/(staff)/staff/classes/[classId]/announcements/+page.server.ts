import { getDb } from '$lib/server/db';
import { formAction, pageLoad } from '$lib/server/http/handlers';
import { NO_CLASS, classInPath } from '$lib/server/http/path-resources';
import { listClassAnnouncements, postAnnouncement } from '$lib/server/notifications/class-announcements';
import { announcementSchema } from '$lib/domain/notifications/inputs';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = pageLoad({
	permission: 'announcement.write',
	resource: classInPath,
	notFound: NO_CLASS,
	run: async ({ actor, event: { params } }) => ({ classId: params.classId, announcements: await listClassAnnouncements(getDb(), actor, params.classId) })
});

export const actions: Actions = {
	post: formAction({
		permission: 'announcement.write',
		resource: classInPath,
		notFound: NO_CLASS,
		schema: announcementSchema.omit({ classId: true }),
		run: async ({ actor, input, event: { params } }) => {
			const { told } = await postAnnouncement(getDb(), actor, { ...input, classId: params.classId });
			return { posted: told };
		}
	})
};
