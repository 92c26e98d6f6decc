import { getDb } from '$lib/server/db';
import { guard } from '$lib/server/auth/guard';
import { listSchoolPeople } from '$lib/server/safeguarding/incident-people';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const actor = guard(locals, 'pupil.export');
	return { pupils: (await listSchoolPeople(getDb(), actor.schoolId)).filter((p) => p.role === 'pupil') };
};
