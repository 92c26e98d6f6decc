import { error } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { guard } from '$lib/server/auth/guard';
import { classResource } from '$lib/server/auth/resources';
import { listClassAnnouncements, postAnnouncement } from '$lib/server/notifications/class-announcements';
import { failFromServiceError, parseForm } from '$lib/server/http/forms';
import { announcementSchema } from '$lib/domain/notifications/inputs';
import type { Actions, PageServerLoad } from './$types';

async function classOr404(classId: string) {
	const resource = await classResource(getDb(), classId);
	if (!resource) error(404, 'That class does not exist.');
	return resource;
}

export const load: PageServerLoad = async ({ locals, params }) => {
	const actor = guard(locals, 'announcement.write', await classOr404(params.classId));
	return { classId: params.classId, announcements: await listClassAnnouncements(getDb(), actor, params.classId) };
};

export const actions: Actions = {
	post: async ({ locals, params, request }) => {
		const actor = guard(locals, 'announcement.write', await classOr404(params.classId));
		const parsed = await parseForm(request, announcementSchema);
		if (!parsed.ok) return parsed.failure;
		if (parsed.data.classId !== params.classId) error(400, 'The form does not match this class.');
		try {
			const { told } = await postAnnouncement(getDb(), actor, parsed.data);
			return { posted: told };
		} catch (e) {
			return failFromServiceError(e, parsed.form);
		}
	}
};
