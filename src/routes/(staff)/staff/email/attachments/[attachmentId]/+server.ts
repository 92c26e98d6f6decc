import { error } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { guard } from '$lib/server/auth/guard';
import { isUuid } from '$lib/server/auth/resources';
import { readAttachment } from '$lib/server/email/views';
import { attachmentResponse } from '$lib/server/email/http';
import { NotFoundError } from '$lib/server/errors';
import type { RequestHandler } from './$types';

// The attachment's own class decides access (readAttachment checks 'email.read' on it).
export const GET: RequestHandler = async ({ locals, params }) => {
	const actor = guard(locals, 'home.staff');
	if (!isUuid(params.attachmentId)) error(404, 'That file does not exist.');
	try {
		return attachmentResponse(await readAttachment(getDb(), actor, params.attachmentId));
	} catch (e) {
		if (e instanceof NotFoundError) error(404, e.message);
		throw e;
	}
};
