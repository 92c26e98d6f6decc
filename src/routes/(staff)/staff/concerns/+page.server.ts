import { getDb } from '$lib/server/db';
import { guard } from '$lib/server/auth/guard';
import { listConcerns } from '$lib/server/safeguarding/concern-decisions';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const actor = guard(locals, 'concern.decide');
	return { concerns: await listConcerns(getDb(), actor) };
};
