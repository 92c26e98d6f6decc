import { error } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { guard } from '$lib/server/auth/guard';
import { classResource } from '$lib/server/auth/resources';
import { getClassProgress } from '$lib/server/curriculum/progress';
import { classGridCsvFilename, classGridToCsv } from '$lib/domain/curriculum';
import type { RequestHandler } from './$types';

// The class grid as CSV: the same rows, order and figures as the page.
export const GET: RequestHandler = async ({ locals, params, url }) => {
	const db = getDb();
	const resource = await classResource(db, params.classId);
	if (!resource) error(404, 'That class does not exist.');
	const actor = guard(locals, 'progress.read', resource);
	const { grid } = await getClassProgress(db, actor, params.classId, { termName: url.searchParams.get('term') });
	return new Response(classGridToCsv(grid), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="${classGridCsvFilename(grid)}"`,
			// Pupil data: never kept in a shared cache.
			'cache-control': 'no-store'
		}
	});
};
