// The school's provider sends the browser back here. The sealed checks from the cookie are
// used once and dropped; a right answer opens a session as a right password does (and may
// still owe the second step), a refusal goes back to the sign-in page with its reason.
import { redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { publicHandler } from '$lib/server/http/handlers';
import { SESSION_COOKIE } from '$lib/server/auth/session';
import { schoolSignInCookieOptions, sessionCookieOptions } from '$lib/server/auth/cookies';
import { finishSchoolSignIn, SCHOOL_SIGN_IN_COOKIE } from '$lib/server/auth/school-sign-in';
import { secondStepPath } from '$lib/server/hooks/gate';
import { homePathFor } from '$lib/domain/auth/roles';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = publicHandler(async ({ url, cookies, getClientAddress }) => {
	const sealedFlow = cookies.get(SCHOOL_SIGN_IN_COOKIE);
	cookies.delete(SCHOOL_SIGN_IN_COOKIE, schoolSignInCookieOptions(url));
	const result = await finishSchoolSignIn(getDb(), { callbackUrl: url, sealedFlow, ipAddress: getClientAddress() });
	if (!result.ok) redirect(303, `/login?reason=school-${result.reason}`);
	cookies.set(SESSION_COOKIE, result.token, sessionCookieOptions(result.session.expiresAt, url));
	const home = homePathFor(result.role);
	redirect(303, result.secondStep ? secondStepPath(result.secondStep, home) : home);
});
