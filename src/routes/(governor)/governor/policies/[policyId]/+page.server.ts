import { getDb } from '$lib/server/db';
import { pageLoad } from '$lib/server/http/handlers';
import { getPolicy } from '$lib/server/leadership/policies';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = pageLoad({
	permission: 'policy.read',
	run: async ({ actor, event: { params } }) => ({ detail: await getPolicy(getDb(), actor, params.policyId) })
});
