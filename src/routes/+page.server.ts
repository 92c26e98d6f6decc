import { redirect } from '@sveltejs/kit';
import { homePathFor } from '$lib/domain/auth/roles';
import { publicHandler } from '$lib/server/http/handlers';
import type { PageServerLoad } from './$types';

// The front door: signed-in users go to their own home, everyone else to the login page.
export const load: PageServerLoad = publicHandler(({ locals }) => {
	redirect(303, locals.user ? homePathFor(locals.user.role) : '/login');
});
