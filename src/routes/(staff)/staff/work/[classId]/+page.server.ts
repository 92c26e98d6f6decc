import { error } from '@sveltejs/kit';
import { classWorkSettingsSchema } from '$lib/domain/sharing/inputs';
import { getDb } from '$lib/server/db';
import { guard } from '$lib/server/auth/guard';
import { classResource } from '$lib/server/auth/resources';
import { failFromServiceError, parseForm } from '$lib/server/http/forms';
import { getClassWork } from '$lib/server/sharing/class-work';
import { updateClassWorkSettings } from '$lib/server/sharing/settings';
import { can } from '$lib/domain/auth/permissions';
import { takeDownFromForm } from '$lib/server/moderation/take-down';
import type { Actions, PageServerLoad } from './$types';

async function classOr404(classId: string) {
	const resource = await classResource(getDb(), classId);
	if (!resource) error(404, 'That class does not exist.');
	return resource;
}

export const load: PageServerLoad = async ({ locals, params }) => {
	const resource = await classOr404(params.classId);
	const actor = guard(locals, 'class.read', resource);
	return { page: await getClassWork(getDb(), actor, params.classId), canTakeDown: can(actor, 'moderation.decide', resource) };
};

export const actions: Actions = {
	takeDown: async ({ locals, params, request }) => {
		const actor = guard(locals, 'moderation.decide', await classOr404(params.classId));
		return takeDownFromForm(getDb(), actor, request);
	},
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
