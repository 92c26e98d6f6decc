import { redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { beginEnrolment } from '$lib/server/auth/two-step';
import { enrolAndSignIn, pendingOwner } from '$lib/server/auth/two-step-sign-in';
import { SESSION_COOKIE } from '$lib/server/auth/session';
import { sessionCookieOptions } from '$lib/server/auth/cookies';
import { publicAction, publicHandler } from '$lib/server/http/handlers';
import { twoStepCodeSchema } from '$lib/domain/auth/inputs';
import { safeNextPath } from '$lib/domain/auth/return-path';
import { homePathFor } from '$lib/domain/auth/roles';
import type { Actions, PageServerLoad } from './$types';

// Public like /login: the pending session of a safeguarding lead or head who must set
// two-step up is the permission, and it opens nothing else until this is done.
export const load: PageServerLoad = publicHandler(async ({ locals, url }) => {
	// Just finished: the page shows the recovery codes from the action, then a way on.
	if (locals.user) return { offer: null, next: safeNextPath(url.searchParams.get('next'), locals.user.role) };
	if (locals.secondStep?.step !== 'enrol') redirect(303, locals.secondStep ? '/login/two-step' : '/login');
	const db = getDb();
	const owner = await pendingOwner(db, locals.secondStep, 'enrol');
	if (!owner) redirect(303, '/login?reason=second-step-ended');
	return { offer: await beginEnrolment(db, owner), next: homePathFor(owner.role) };
});

export const actions: Actions = {
	// A wrong code is an InputError (400) and counts as a failed sign-in; too many is a 429.
	default: publicAction({
		schema: twoStepCodeSchema,
		run: async ({ event: { locals, cookies, getClientAddress, url }, input }) => {
			if (locals.secondStep?.step !== 'enrol') redirect(303, '/login?reason=second-step-ended');
			const result = await enrolAndSignIn(getDb(), locals.secondStep, input.code, getClientAddress());
			if (!result.ok) redirect(303, '/login?reason=second-step-ended');
			cookies.set(SESSION_COOKIE, result.token, sessionCookieOptions(result.session.expiresAt, url));
			return { recoveryCodes: result.recoveryCodes, next: safeNextPath(url.searchParams.get('next'), result.role) };
		}
	})
};
