import { getDb } from '$lib/server/db';
import { pageLoad } from '$lib/server/http/handlers';
import { viewBlockedAttempt } from '$lib/server/safeguarding/alert-sources';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = pageLoad({
	permission: 'audit.read',
	run: async ({ actor, event: { params } }) => ({ source: await viewBlockedAttempt(getDb(), actor, params.attemptId) })
});
