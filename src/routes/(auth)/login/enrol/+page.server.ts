import { redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { beginEnrolment } from '$lib/server/auth/two-step';
import { enrolAndSignIn, pendingOwner } from '$lib/server/auth/two-step-sign-in';
import { twoStepFailure } from '$lib/server/auth/two-step-forms';
import { SESSION_COOKIE } from '$lib/server/auth/session';
import { sessionCookieOptions } from '$lib/server/auth/cookies';
import { parseForm } from '$lib/server/http/forms';
import { twoStepCodeSchema } from '$lib/domain/auth/inputs';
import { safeNextPath } from '$lib/domain/auth/next-path';
import { homePathFor } from '$lib/domain/auth/roles';
import type { Actions, PageServerLoad } from './$types';

// Public like /login: the pending session of a safeguarding lead or head who must set
// two-step up is the permission, and it opens nothing else until this is done.
export const load: PageServerLoad = async ({ locals, url }) => {
	// Just finished: the page shows the recovery codes from the action, then a way on.
	if (locals.user) return { offer: null, next: safeNextPath(url.searchParams.get('next'), locals.user.role) };
	if (locals.secondStep?.step !== 'enrol') redirect(303, locals.secondStep ? '/login/two-step' : '/login');
	const db = getDb();
	const owner = await pendingOwner(db, locals.secondStep, 'enrol');
	if (!owner) redirect(303, '/login?reason=second-step-ended');
	return { offer: await beginEnrolment(db, owner), next: homePathFor(owner.role) };
};

export const actions: Actions = {
	default: async ({ locals, request, cookies, getClientAddress, url }) => {
		if (locals.secondStep?.step !== 'enrol') redirect(303, '/login?reason=second-step-ended');
		const parsed = await parseForm(request, twoStepCodeSchema);
		if (!parsed.ok) return parsed.failure;
		try {
			const result = await enrolAndSignIn(getDb(), locals.secondStep, parsed.data.code, getClientAddress());
			if (!result.ok) redirect(303, '/login?reason=second-step-ended');
			cookies.set(SESSION_COOKIE, result.token, sessionCookieOptions(result.session.expiresAt, url));
			return { recoveryCodes: result.recoveryCodes, next: safeNextPath(url.searchParams.get('next'), result.role) };
		} catch (e) {
			return twoStepFailure(e, parsed.form);
		}
	}
};
