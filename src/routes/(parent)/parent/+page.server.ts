import { getDb } from '$lib/server/db';
import { pageLoad } from '$lib/server/http/handlers';
import { getPupilOverview } from '$lib/server/schools/roster';
import { getPupilProgress } from '$lib/server/curriculum/progress';
import { describeTerm } from '$lib/domain/curriculum';
import { familyHomeStatus } from '$lib/server/agreements/views';
import { listFamilyWork } from '$lib/server/sharing/family';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = pageLoad({
	permission: 'home.parent',
	run: async ({ actor }) => {
		const db = getDb();
		const children = await Promise.all(actor.childIds.map((id) => getPupilOverview(db, actor, id)));
		const lessons = await Promise.all(
			actor.childIds.map(async (id) => {
				const { term, progress } = await getPupilProgress(db, actor, id);
				return [id, { ...progress, termLabel: describeTerm(term) }] as const;
			})
		);
		// Shared work is filtered by the consents in force right now (never cached).
		const work = await listFamilyWork(db, actor);
		return { children, lessons: Object.fromEntries(lessons), family: await familyHomeStatus(db, actor), work };
	}
});
