// Public: a parent or carer makes their account with the one-time code from the school's
// letter, is linked to that child and signed in, then signs on the agreements page.
// Wrong codes are throttled per address (a 429 through the shared mapper). A signed-in
// parent adds a child from their agreements page instead.
import { redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { SESSION_COOKIE } from '$lib/server/auth/session';
import { sessionCookieOptions } from '$lib/server/auth/cookies';
import { publicAction, publicHandler } from '$lib/server/http/handlers';
import { joinWithCode, markInvitationLinkFollowed } from '$lib/server/agreements/join';
import { joinSchema } from '$lib/domain/agreements/inputs';
import { homePathFor } from '$lib/domain/auth/roles';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = publicHandler(async ({ locals, url, getClientAddress }) => {
	if (locals.user?.role === 'parent') redirect(303, '/parent/agreements');
	if (locals.user) redirect(303, homePathFor(locals.user.role));
	// An emailed letter's link carries its code (the form still checks it); its lookup is throttled like a typed code.
	const code = url.searchParams.get('code');
	if (!code || code.length > 64) return { code: null };
	await markInvitationLinkFollowed(getDb(), code, getClientAddress());
	return { code };
});

export const actions: Actions = {
	default: publicAction({
		schema: joinSchema,
		run: async ({ event: { cookies, getClientAddress, url }, input }) => {
			const joined = await joinWithCode(getDb(), input, getClientAddress());
			cookies.set(SESSION_COOKIE, joined.token, sessionCookieOptions(joined.session.expiresAt, url));
			redirect(303, '/parent/agreements');
		}
	})
};
