import { getDb } from '$lib/server/db';
import { endpoint } from '$lib/server/http/handlers';
import { getTermReport } from '$lib/server/safeguarding/term-report';
import { renderTermReportCsv } from '$lib/domain/safeguarding/report';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = endpoint({
	permission: 'report.read',
	run: async ({ actor, event: { url } }) => {
		const { report } = await getTermReport(getDb(), actor, url.searchParams.get('term'));
		return new Response(renderTermReportCsv(report), {
			headers: {
				'content-type': 'text/csv; charset=utf-8',
				'content-disposition': `attachment; filename="esafety-report-${report.term.name.replace(/\s+/g, '-')}.csv"`,
				'cache-control': 'no-store'
			}
		});
	}
});
