import { getDb } from '$lib/server/db';
import { guard } from '$lib/server/auth/guard';
import { listPolicies } from '$lib/server/leadership/policies';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const actor = guard(locals, 'policy.read');
	return { policies: (await listPolicies(getDb(), actor)).filter((p) => !p.archived) };
};
