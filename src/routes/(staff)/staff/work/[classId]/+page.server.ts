import { error } from '@sveltejs/kit';
import { classWorkSettingsSchema } from '$lib/domain/sharing/inputs';
import { getDb } from '$lib/server/db';
import { guard } from '$lib/server/auth/guard';
import { classResource } from '$lib/server/auth/resources';
import { failFromServiceError, parseForm } from '$lib/server/http/forms';
import { getClassWork } from '$lib/server/sharing/class-work';
import { updateClassWorkSettings } from '$lib/server/sharing/settings';
import type { Actions, PageServerLoad } from './$types';

async function classOr404(classId: string) {
	const resource = await classResource(getDb(), classId);
	if (!resource) error(404, 'That class does not exist.');
	return resource;
}

export const load: PageServerLoad = async ({ locals, params }) => {
	const actor = guard(locals, 'class.read', await classOr404(params.classId));
	return { page: await getClassWork(getDb(), actor, params.classId) };
};

export const actions: Actions = {
	settings: async ({ locals, params, request }) => {
		const actor = guard(locals, 'work.settings', await classOr404(params.classId));
		const parsed = await parseForm(request, classWorkSettingsSchema);
		if (!parsed.ok) return parsed.failure;
		try {
			const settings = await updateClassWorkSettings(getDb(), actor, params.classId, parsed.data);
			return { saved: settings.cleanTextSkipsApproval };
		} catch (e) {
			return failFromServiceError(e, parsed.form);
		}
	}
};
