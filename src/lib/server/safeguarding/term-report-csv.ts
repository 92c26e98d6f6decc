// The termly report as a CSV download, the same for leaders (/staff/reports) and governors
// (/governor/report): counts only, never a child.
import type { Database } from '../db';
import type { Actor } from '../../domain/auth/permissions';
import { renderTermReportCsv } from '../../domain/safeguarding/report';
import { getTermReport } from './term-report';

export async function termReportCsvResponse(db: Database, actor: Actor, term: string | null): Promise<Response> {
	const { report } = await getTermReport(db, actor, term);
	return new Response(renderTermReportCsv(report), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="esafety-report-${report.term.name.replace(/\s+/g, '-')}.csv"`,
			'cache-control': 'no-store'
		}
	});
}
