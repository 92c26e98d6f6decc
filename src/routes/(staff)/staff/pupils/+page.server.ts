import { getDb } from '$lib/server/db';
import { pageLoad } from '$lib/server/http/handlers';
import { listSchoolPeople } from '$lib/server/safeguarding/incident-people';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = pageLoad({
	permission: 'pupil.export',
	run: async ({ actor }) => {
		return { pupils: (await listSchoolPeople(getDb(), actor.schoolId)).filter((p) => p.role === 'pupil') };
	}
});
