import { error, fail } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { guard } from '$lib/server/auth/guard';
import { pupilResource } from '$lib/server/auth/resources';
import { can } from '$lib/domain/auth/permissions';
import { erasePupil } from '$lib/server/safeguarding/erase-pupil';
import { failFromSafeguardingError } from '$lib/server/safeguarding/form-errors';
import { listSchoolPeople } from '$lib/server/safeguarding/incident-people';
import type { Actions, PageServerLoad } from './$types';

async function pupilOr404(pupilId: string) {
	const resource = await pupilResource(getDb(), pupilId);
	if (!resource) error(404, 'That pupil does not exist.');
	return resource;
}

export const load: PageServerLoad = async ({ locals, params }) => {
	const resource = await pupilOr404(params.pupilId);
	const actor = guard(locals, 'pupil.export', resource);
	const pupil = (await listSchoolPeople(getDb(), actor.schoolId)).find((p) => p.id === params.pupilId);
	return { pupil: { id: params.pupilId, name: pupil?.name ?? 'Former pupil' }, canErase: can(actor, 'pupil.erase', resource) };
};

export const actions: Actions = {
	erase: async ({ locals, params, request }) => {
		const actor = guard(locals, 'pupil.erase', await pupilOr404(params.pupilId));
		const form = await request.formData();
		if (form.get('confirm') !== 'ERASE') return fail(400, { errors: { confirm: 'Type ERASE to confirm.' }, values: {} });
		try {
			return { erased: await erasePupil(getDb(), actor, params.pupilId) };
		} catch (e) {
			return failFromSafeguardingError(e, form);
		}
	}
};
