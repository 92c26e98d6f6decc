import { redirect } from '@sveltejs/kit';
import { pageLoad } from '$lib/server/http/handlers';
import { getDb } from '$lib/server/db';
import { mustChangePassword } from '$lib/server/schools/lifecycle';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = pageLoad({
	permission: 'home.parent',
	run: async ({ actor, event: { locals, url } }) => {
		// A temporary password the school set is changed before anything else.
		if (url.pathname !== '/parent/password' && (await mustChangePassword(getDb(), actor.userId))) redirect(303, '/parent/password?must=1');
		return { firstName: locals.user!.firstName };
	}
});
