import { getDb } from '$lib/server/db';
import { guard } from '$lib/server/auth/guard';
import { listClassesForStaff } from '$lib/server/schools/roster';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const actor = guard(locals, 'home.staff');
	return { classes: await listClassesForStaff(getDb(), actor) };
};
