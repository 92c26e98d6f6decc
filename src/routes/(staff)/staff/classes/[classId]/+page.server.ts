import { error } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { guard } from '$lib/server/auth/guard';
import { classResource } from '$lib/server/auth/resources';
import { getClassRoster } from '$lib/server/schools/roster';
import { resetPupilPassword } from '$lib/server/auth/password-changes';
import { failFromServiceError, parseForm } from '$lib/server/http/forms';
import { resetPupilPasswordSchema } from '$lib/domain/schools/inputs';
import type { Actions, PageServerLoad } from './$types';

async function classOr404(classId: string) {
	const resource = await classResource(getDb(), classId);
	if (!resource) error(404, 'That class does not exist.');
	return resource;
}

export const load: PageServerLoad = async ({ locals, params }) => {
	const actor = guard(locals, 'class.read', await classOr404(params.classId));
	const roster = await getClassRoster(getDb(), actor, params.classId);
	return { roster, canResetPasswords: actor.role !== 'dsl' };
};

export const actions: Actions = {
	resetPassword: async ({ locals, params, request }) => {
		const actor = guard(locals, 'class.roster.manage', await classOr404(params.classId));
		const parsed = await parseForm(request, resetPupilPasswordSchema);
		if (!parsed.ok) return parsed.failure;
		try {
			await resetPupilPassword(getDb(), actor, parsed.data.pupilId, parsed.data.password);
		} catch (e) {
			return failFromServiceError(e, parsed.form);
		}
		return { reset: parsed.data.pupilId };
	}
};
