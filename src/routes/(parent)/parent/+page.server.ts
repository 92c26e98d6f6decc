import { getDb } from '$lib/server/db';
import { guard } from '$lib/server/auth/guard';
import { getPupilOverview } from '$lib/server/schools/roster';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const actor = guard(locals, 'home.parent');
	const db = getDb();
	const children = await Promise.all(actor.childIds.map((id) => getPupilOverview(db, actor, id)));
	return { children };
};
