import { getDb } from '$lib/server/db';
import { pageLoad } from '$lib/server/http/handlers';
import { getTermReport } from '$lib/server/safeguarding/term-report';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = pageLoad({
	permission: 'report.read',
	run: async ({ actor, event: { url } }) => {
		return getTermReport(getDb(), actor, url.searchParams.get('term'));
	}
});
