// Serves a policy version's uploaded file to anyone who reads the register (staff and
// governors of the school), always as a download under a name made from the title.
import { getDb } from '$lib/server/db';
import { endpoint } from '$lib/server/http/handlers';
import { openPolicyFile } from '$lib/server/leadership/policy-files';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = endpoint({
	permission: 'policy.read',
	run: async ({ actor, event: { params } }) => {
		const file = await openPolicyFile(getDb(), actor, params.versionId);
		return new Response(new Uint8Array(file.data), {
			headers: {
				'Content-Type': file.contentType,
				'Content-Length': String(file.data.byteLength),
				'Content-Disposition': `attachment; filename="${file.fileName}"`,
				'X-Content-Type-Options': 'nosniff',
				'Cache-Control': 'private, no-store',
				'Content-Security-Policy': "default-src 'none'; sandbox",
				'Cross-Origin-Resource-Policy': 'same-origin'
			}
		});
	}
});
