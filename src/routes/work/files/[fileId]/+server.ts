// Serves one stored photo to someone allowed to see it: the pupil who made it, their
// class's teacher, or their own parents once approved and consented. Never a public path;
// the answer names nobody and is never cached.
import { getDb } from '$lib/server/db';
import { endpoint } from '$lib/server/http/handlers';
import { openWorkFile, workFileResource } from '$lib/server/sharing/files';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = endpoint({
	permission: 'work.read',
	resource: ({ event }) => workFileResource(getDb(), event.params.fileId),
	notFound: 'We could not find that photo.',
	run: async ({ actor, event: { params, url } }) => {
		const file = await openWorkFile(getDb(), actor, params.fileId, new Date(), url.searchParams.has('thumbnail') ? 'thumbnail' : 'open');
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
	}
});
