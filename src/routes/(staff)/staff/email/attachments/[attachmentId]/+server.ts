import { getDb } from '$lib/server/db';
import { endpoint } from '$lib/server/http/handlers';
import { isUuid } from '$lib/server/auth/resources';
import { readAttachment } from '$lib/server/email/views';
import { attachmentResponse } from '$lib/server/email/http';
import { NotFoundError } from '$lib/server/errors';
import type { RequestHandler } from './$types';

// The attachment's own class decides access (readAttachment checks 'email.read' on it).
export const GET: RequestHandler = endpoint({
	permission: 'home.staff',
	run: async ({ actor, event: { params } }) => {
		if (!isUuid(params.attachmentId)) throw new NotFoundError('That file does not exist.');
		return attachmentResponse(await readAttachment(getDb(), actor, params.attachmentId));
	}
});
