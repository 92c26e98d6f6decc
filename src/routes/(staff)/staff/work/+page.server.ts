import { getDb } from '$lib/server/db';
import { pageLoad } from '$lib/server/http/handlers';
import { listClassesForStaff } from '$lib/server/schools/roster';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = pageLoad({
	permission: 'home.staff',
	run: async ({ actor }) => {
		return { classes: await listClassesForStaff(getDb(), actor) };
	}
});
