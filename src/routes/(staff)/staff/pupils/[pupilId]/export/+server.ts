import { error } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { guard } from '$lib/server/auth/guard';
import { pupilResource } from '$lib/server/auth/resources';
import { exportPupil } from '$lib/server/safeguarding/pupil-export';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, params, url }) => {
	const resource = await pupilResource(getDb(), params.pupilId);
	if (!resource) error(404, 'That pupil does not exist.');
	const actor = guard(locals, 'pupil.export', resource);
	const out = await exportPupil(getDb(), actor, params.pupilId, { includeIncidents: url.searchParams.get('incidents') === 'yes' });
	return new Response(out.bytes as unknown as BodyInit, {
		headers: {
			'content-type': 'application/zip',
			'content-disposition': `attachment; filename="${out.filename}"`,
			'cache-control': 'no-store'
		}
	});
};
