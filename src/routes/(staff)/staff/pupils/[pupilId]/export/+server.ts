import { getDb } from '$lib/server/db';
import { endpoint } from '$lib/server/http/handlers';
import { NO_PUPIL, pupilInPath } from '$lib/server/http/path-resources';
import { exportPupil } from '$lib/server/safeguarding/pupil-export';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = endpoint({
	permission: 'pupil.export',
	resource: pupilInPath,
	notFound: NO_PUPIL,
	run: async ({ actor, event: { params, url } }) => {
		const out = await exportPupil(getDb(), actor, params.pupilId, { includeIncidents: url.searchParams.get('incidents') === 'yes' });
		return new Response(out.bytes as unknown as BodyInit, {
			headers: {
				'content-type': 'application/zip',
				'content-disposition': `attachment; filename="${out.filename}"`,
				'cache-control': 'no-store'
			}
		});
	}
});
