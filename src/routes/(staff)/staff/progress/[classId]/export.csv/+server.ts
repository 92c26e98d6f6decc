import { getDb } from '$lib/server/db';
import { endpoint } from '$lib/server/http/handlers';
import { NO_CLASS, classInPath } from '$lib/server/http/path-resources';
import { getClassProgress } from '$lib/server/curriculum/progress';
import { classGridCsvFilename, classGridToCsv } from '$lib/domain/curriculum';
import type { RequestHandler } from './$types';

// The class grid as CSV: the same rows, order and figures as the page.
export const GET: RequestHandler = endpoint({
	permission: 'progress.read',
	resource: classInPath,
	notFound: NO_CLASS,
	run: async ({ actor, event: { params, url } }) => {
		const { grid } = await getClassProgress(getDb(), actor, params.classId, { termName: url.searchParams.get('term') });
		return new Response(classGridToCsv(grid), {
			headers: {
				'content-type': 'text/csv; charset=utf-8',
				'content-disposition': `attachment; filename="${classGridCsvFilename(grid)}"`,
				// Pupil data: never kept in a shared cache.
				'cache-control': 'no-store'
			}
		});
	}
});
