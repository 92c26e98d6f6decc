// Serves one stored photo to someone allowed to see it: the pupil who made it, their
// class's teacher, or their own parents once approved and consented. Never a public path;
// the answer names nobody and is never cached.
import { error, redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { guard } from '$lib/server/auth/guard';
import { NotFoundError } from '$lib/server/errors';
import { openWorkFile, workFileResource } from '$lib/server/sharing/files';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, params, url }) => {
	if (!locals.actor) redirect(303, '/login');
	const db = getDb();
	const resource = await workFileResource(db, params.fileId);
	if (!resource) error(404, 'We could not find that photo.');
	const actor = guard(locals, 'work.read', resource);
	try {
		const file = await openWorkFile(db, actor, params.fileId, new Date(), url.searchParams.has('thumbnail') ? 'thumbnail' : 'open');
		return new Response(new Uint8Array(file.data), {
			headers: {
				'Content-Type': file.contentType,
				'Content-Length': String(file.data.byteLength),
				'Content-Disposition': `inline; filename="${file.fileName}"`,
				'X-Content-Type-Options': 'nosniff',
				'Cache-Control': 'private, no-store',
				'Content-Security-Policy': "default-src 'none'; sandbox",
				'Cross-Origin-Resource-Policy': 'same-origin'
			}
		});
	} catch (e) {
		if (e instanceof NotFoundError) error(404, e.message);
		throw e;
	}
};
