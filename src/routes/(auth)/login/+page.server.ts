import { fail, redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { signIn } from '$lib/server/auth/login';
import { SESSION_COOKIE } from '$lib/server/auth/session';
import { sessionCookieOptions } from '$lib/server/auth/cookies';
import { publicAction, publicHandler } from '$lib/server/http/handlers';
import { loginSchema } from '$lib/domain/schools/inputs';
import { safeNextPath } from '$lib/domain/auth/return-path';
import { secondStepPath } from '$lib/server/hooks/gate';
import { listSchoolSignInButtons } from '$lib/server/auth/school-sign-in-settings';
import { isRefusal, REFUSAL_MESSAGES } from '$lib/domain/auth/school-sign-in';
import type { Actions, PageServerLoad } from './$types';

// A Map, not an object: `?reason=constructor` must not find Object.prototype's members.
const REASONS = new Map<string, string>([
	['idle-locked', 'You were signed out because the page was left for a while. Please sign in again.'],
	['expired', 'Your session has ended. Please sign in again.'],
	['signed-out', 'You have signed out.'],
	['password-reset', 'Your password has been changed. Sign in with your new password.'],
	['password-changed', 'Your password was changed, so you were signed out here. Please sign in with the new one.'],
	['disabled', 'This account has been turned off. If you think that is a mistake, please speak to the school office.'],
	['unknown', 'Your session has ended. Please sign in again.'],
	['second-step-ended', 'That sign-in took too long. Please sign in again.']
]);

// Public: the login page must answer signed-out visitors. Someone still signed in goes on to
// `?next` (the page a member of staff was on when the idle lock came), if it is safe.
export const load: PageServerLoad = publicHandler(async ({ locals, url }) => {
	if (locals.user) redirect(303, safeNextPath(url.searchParams.get('next'), locals.user.role));
	const reason = url.searchParams.get('reason') ?? locals.sessionEnded ?? '';
	const refusal = reason.startsWith('school-') ? reason.slice('school-'.length) : '';
	return {
		notice: REASONS.get(reason) ?? null,
		// Said as an error: the school account was refused.
		refusal: isRefusal(refusal) ? REFUSAL_MESSAGES[refusal] : null,
		schoolSignIn: await listSchoolSignInButtons(getDb())
	};
});

export const actions: Actions = {
	default: publicAction({
		schema: loginSchema,
		run: async ({ event: { cookies, getClientAddress, url }, input }) => {
			const result = await signIn(getDb(), { ...input, ipAddress: getClientAddress() });
			if (!result.ok) {
				const message =
					result.reason === 'throttled'
						? `Too many tries. Please wait ${result.retryAfterMinutes} minutes, or ask your teacher for help.`
						: result.reason === 'disabled'
							? REASONS.get('disabled')!
							: 'That username or password is not right. Please check and try again.';
				return fail(result.reason === 'throttled' ? 429 : result.reason === 'disabled' ? 403 : 400, {
					errors: { form: message },
					values: { username: input.username }
				});
			}
			cookies.set(SESSION_COOKIE, result.token, sessionCookieOptions(result.session.expiresAt, url));
			// ?next= is untrusted: only a plain path inside the user's own area (no CR/LF, no backslash).
			const next = safeNextPath(url.searchParams.get('next'), result.role);
			redirect(303, result.secondStep ? secondStepPath(result.secondStep, next) : next);
		}
	})
};
