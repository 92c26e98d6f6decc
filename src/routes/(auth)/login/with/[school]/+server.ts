// Starts staff sign-in with the school's own accounts: the browser goes to the school's
// provider, carrying PKCE, state and nonce; their sealed copy waits in a cookie that only
// the callback path can read. Public: nobody is signed in yet.
import { redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { publicHandler } from '$lib/server/http/handlers';
import { schoolSignInCookieOptions, schoolSignInRedirectUri } from '$lib/server/auth/cookies';
import { SCHOOL_SIGN_IN_COOKIE, startSchoolSignIn } from '$lib/server/auth/school-sign-in';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = publicHandler(async ({ params, url, cookies }) => {
	const started = await startSchoolSignIn(getDb(), params.school, schoolSignInRedirectUri(url));
	if (!started) redirect(303, '/login?reason=school-unreachable');
	cookies.set(SCHOOL_SIGN_IN_COOKIE, started.sealedFlow, schoolSignInCookieOptions(url));
	redirect(303, started.url.href);
});
