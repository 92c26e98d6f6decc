import { fail, redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { completeSecondStep } from '$lib/server/auth/two-step-sign-in';
import { demoCodeHint } from '$lib/server/auth/two-step-demo';
import { SESSION_COOKIE } from '$lib/server/auth/session';
import { sessionCookieOptions } from '$lib/server/auth/cookies';
import { publicAction, publicHandler } from '$lib/server/http/handlers';
import { twoStepCodeSchema } from '$lib/domain/auth/inputs';
import { homePathFor } from '$lib/domain/auth/roles';
import { safeNextPath } from '$lib/domain/auth/return-path';
import type { Actions, PageServerLoad } from './$types';

// Public like /login: the pending session left by a right password is the permission.
export const load: PageServerLoad = publicHandler(async ({ locals }) => {
	if (locals.user) redirect(303, homePathFor(locals.user.role));
	if (locals.secondStep?.step === 'enrol') redirect(303, '/login/enrol');
	if (!locals.secondStep) redirect(303, '/login');
	// Demo accounts only (the published secret): the code now, so the demo can be tried.
	return { demoCode: await demoCodeHint(getDb(), locals.secondStep.userId) };
});

export const actions: Actions = {
	default: publicAction({
		schema: twoStepCodeSchema,
		run: async ({ event: { locals, cookies, getClientAddress, url }, input }) => {
			if (!locals.secondStep) redirect(303, '/login?reason=second-step-ended');
			const result = await completeSecondStep(getDb(), locals.secondStep, input.code, getClientAddress());
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
	})
};
