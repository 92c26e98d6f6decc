import { z } from 'zod';
import { getDb } from '$lib/server/db';
import { formAction, pageLoad } from '$lib/server/http/handlers';
import { NO_PUPIL, pupilInPath } from '$lib/server/http/path-resources';
import { can } from '$lib/domain/auth/permissions';
import { erasePupil } from '$lib/server/safeguarding/erase-pupil';
import { listSchoolPeople } from '$lib/server/safeguarding/incident-people';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = pageLoad({
	permission: 'pupil.export',
	resource: pupilInPath,
	notFound: NO_PUPIL,
	run: async ({ actor, event: { params } }) => {
		const pupil = (await listSchoolPeople(getDb(), actor.schoolId)).find((p) => p.id === params.pupilId);
		const resource = { kind: 'pupil' as const, schoolId: actor.schoolId, pupilId: params.pupilId, classId: null };
		return { pupil: { id: params.pupilId, name: pupil?.name ?? 'Former pupil' }, canErase: can(actor, 'pupil.erase', resource) };
	}
});

export const actions: Actions = {
	erase: formAction({
		permission: 'pupil.erase',
		resource: pupilInPath,
		notFound: NO_PUPIL,
		schema: z.object({ confirm: z.literal('ERASE', { message: 'Type ERASE to confirm.' }) }),
		run: async ({ actor, event: { params } }) => ({ erased: await erasePupil(getDb(), actor, params.pupilId) })
	})
};
