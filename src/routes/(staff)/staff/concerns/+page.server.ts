import { getDb } from '$lib/server/db';
import { pageLoad } from '$lib/server/http/handlers';
import { listConcerns } from '$lib/server/safeguarding/concern-decisions';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = pageLoad({
	permission: 'concern.decide',
	run: async ({ actor }) => ({ concerns: await listConcerns(getDb(), actor) })
});
