import { error } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { guard } from '$lib/server/auth/guard';
import { NotFoundError } from '$lib/server/errors';
import { viewBlockedAttempt } from '$lib/server/safeguarding/alert-sources';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const actor = guard(locals, 'audit.read');
	try {
		return { source: await viewBlockedAttempt(getDb(), actor, params.attemptId) };
	} catch (e) {
		if (e instanceof NotFoundError) error(404, e.message);
		throw e;
	}
};
