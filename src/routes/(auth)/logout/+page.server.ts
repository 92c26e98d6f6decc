import { redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { SESSION_COOKIE } from '$lib/server/auth/session';
import { signOut } from '$lib/server/auth/sign-out';
import { publicHandler } from '$lib/server/http/handlers';
import { invalidateSession } from '$lib/server/auth/session';
import type { Actions, PageServerLoad } from './$types';

// Signing out is open to anyone: with no session it simply returns to the login page.
// The body is never read, so a malformed one cannot stop anyone signing out.
export const load: PageServerLoad = publicHandler(() => redirect(303, '/login'));

export const actions: Actions = {
	default: publicHandler(async ({ locals, cookies }) => {
		if (locals.session && locals.user) await signOut(getDb(), locals.session, locals.user);
		// A session still owing its second step has no sockets; it simply ends.
		else if (locals.secondStep) await invalidateSession(getDb(), locals.secondStep.sessionId);
		cookies.delete(SESSION_COOKIE, { path: '/' });
		redirect(303, '/login?reason=signed-out');
	})
};
