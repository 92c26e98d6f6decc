import { fail, redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { completeSecondStep } from '$lib/server/auth/two-step-sign-in';
import { demoCodeHint } from '$lib/server/auth/two-step-demo';
import { SESSION_COOKIE } from '$lib/server/auth/session';
import { sessionCookieOptions } from '$lib/server/auth/cookies';
import { parseForm } from '$lib/server/http/forms';
import { twoStepCodeSchema } from '$lib/domain/auth/inputs';
import { homePathFor } from '$lib/domain/auth/roles';
import { safeNextPath } from '$lib/domain/auth/next-path';
import type { Actions, PageServerLoad } from './$types';

// Public like /login: the pending session left by a right password is the permission.
export const load: PageServerLoad = async ({ locals }) => {
	if (locals.user) redirect(303, homePathFor(locals.user.role));
	if (locals.secondStep?.step === 'enrol') redirect(303, '/login/enrol');
	if (!locals.secondStep) redirect(303, '/login');
	// Demo accounts only (the published secret): the code now, so the demo can be tried.
	return { demoCode: await demoCodeHint(getDb(), locals.secondStep.userId) };
};

export const actions: Actions = {
	default: async ({ locals, request, cookies, getClientAddress, url }) => {
		if (!locals.secondStep) redirect(303, '/login?reason=second-step-ended');
		const parsed = await parseForm(request, twoStepCodeSchema);
		if (!parsed.ok) return parsed.failure;
		const result = await completeSecondStep(getDb(), locals.secondStep, parsed.data.code, getClientAddress());
		if (!result.ok) {
			if (result.reason === 'ended') {
				cookies.delete(SESSION_COOKIE, { path: '/' });
				redirect(303, '/login?reason=second-step-ended');
			}
			const message =
				result.reason === 'throttled'
					? `Too many tries. Please wait ${result.retryAfterMinutes} minutes and try again.`
					: 'That code is not right, or it has been used already. Type the six numbers your app shows now, or a recovery code.';
			return fail(result.reason === 'throttled' ? 429 : 400, { errors: { code: message }, values: {} });
		}
		cookies.set(SESSION_COOKIE, result.token, sessionCookieOptions(result.session.expiresAt, url));
		redirect(303, safeNextPath(url.searchParams.get('next'), result.role));
	}
};
