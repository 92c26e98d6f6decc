import { getDb } from '$lib/server/db';
import { guard } from '$lib/server/auth/guard';
import { getTermReport } from '$lib/server/safeguarding/term-report';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const actor = guard(locals, 'report.read');
	return getTermReport(getDb(), actor, url.searchParams.get('term'));
};
