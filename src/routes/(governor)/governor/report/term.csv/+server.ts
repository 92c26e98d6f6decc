import { getDb } from '$lib/server/db';
import { endpoint } from '$lib/server/http/handlers';
import { termReportCsvResponse } from '$lib/server/safeguarding/term-report-csv';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = endpoint({
	permission: 'report.read',
	run: ({ actor, event: { url } }) => termReportCsvResponse(getDb(), actor, url.searchParams.get('term'))
});
