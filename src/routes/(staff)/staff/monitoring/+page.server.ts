import { getDb } from '$lib/server/db';
import { pageLoad } from '$lib/server/http/handlers';
import { searchMessages } from '$lib/server/safeguarding/monitoring';
import { listSchoolPeople } from '$lib/server/safeguarding/incident-people';
import { listClassesForStaff } from '$lib/server/schools/roster';
import { monitoringSchema } from '$lib/domain/safeguarding/inputs';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = pageLoad({
	permission: 'audit.read',
	run: async ({ actor, event: { url } }) => {
		const [people, classList] = await Promise.all([listSchoolPeople(getDb(), actor.schoolId), listClassesForStaff(getDb(), actor)]);
		const options = { pupils: people.filter((p) => p.role === 'pupil'), classes: classList.map((c) => ({ id: c.id, name: c.name })) };
		const query = Object.fromEntries(url.searchParams);
		// Nothing is searched (or logged) until the DSL asks.
		if (!url.searchParams.has('source')) return { ...options, query, results: null, error: null };
		const parsed = monitoringSchema.safeParse(query);
		if (!parsed.success) return { ...options, query, results: null, error: parsed.error.issues[0]?.message ?? 'Check the filters.' };
		return { ...options, query, results: await searchMessages(getDb(), actor, parsed.data), error: null };
	}
});
