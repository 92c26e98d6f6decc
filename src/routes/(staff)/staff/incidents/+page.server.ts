import { getDb } from '$lib/server/db';
import { pageLoad } from '$lib/server/http/handlers';
import { listIncidents } from '$lib/server/safeguarding/incident-records';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = pageLoad({
	permission: 'incident.read',
	run: async ({ actor }) => ({ incidents: await listIncidents(getDb(), actor) })
});
