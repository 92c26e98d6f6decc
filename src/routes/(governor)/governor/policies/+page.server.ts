import { getDb } from '$lib/server/db';
import { pageLoad } from '$lib/server/http/handlers';
import { listPolicies } from '$lib/server/leadership/policies';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = pageLoad({
	permission: 'policy.read',
	run: async ({ actor }) => ({ policies: (await listPolicies(getDb(), actor)).filter((p) => !p.archived) })
});
