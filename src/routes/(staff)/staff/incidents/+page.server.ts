import { getDb } from '$lib/server/db';
import { guard } from '$lib/server/auth/guard';
import { listIncidents } from '$lib/server/safeguarding/incident-records';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const actor = guard(locals, 'incident.read');
	return { incidents: await listIncidents(getDb(), actor) };
};
