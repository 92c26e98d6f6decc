import { getDb } from '$lib/server/db';
import { pageLoad } from '$lib/server/http/handlers';
import { listAllegationsForChair } from '$lib/server/safeguarding/head-allegations';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = pageLoad({
	permission: 'allegation.head',
	run: async ({ actor }) => ({ allegations: await listAllegationsForChair(getDb(), actor) })
});
