import { error } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { guard } from '$lib/server/auth/guard';
import { classResource, isUuid } from '$lib/server/auth/resources';
import { readEmail } from '$lib/server/email/views';
import { NotFoundError } from '$lib/server/errors';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const resource = await classResource(getDb(), params.classId);
	if (!resource || !isUuid(params.emailId)) error(404, 'That email does not exist.');
	const actor = guard(locals, 'email.read', resource);
	try {
		const email = await readEmail(getDb(), actor, params.emailId);
		return { email, classId: params.classId };
	} catch (e) {
		if (e instanceof NotFoundError) error(404, e.message);
		throw e;
	}
};
