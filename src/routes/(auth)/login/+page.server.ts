import { fail, redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { signIn } from '$lib/server/auth/login';
import { SESSION_COOKIE } from '$lib/server/auth/session';
import { sessionCookieOptions } from '$lib/server/auth/cookies';
import { parseForm } from '$lib/server/http/forms';
import { loginSchema } from '$lib/domain/schools/inputs';
import type { Role } from '$lib/domain/auth/roles';
import { safeNextPath } from '$lib/domain/auth/next-path';
import type { Actions, PageServerLoad } from './$types';

const REASONS: Record<string, string> = {
	'idle-locked': 'You were signed out because the page was left for a while. Please sign in again.',
	expired: 'Your session has ended. Please sign in again.',
	'signed-out': 'You have signed out.',
	'password-reset': 'Your password has been changed. Sign in with your new password.',
	'password-changed': 'Your password was changed, so you were signed out here. Please sign in with the new one.',
	disabled: 'This account has been turned off. If you think that is a mistake, please speak to the school office.',
	unknown: 'Your session has ended. Please sign in again.'
};

// Signing in returns to `?next` (the page a staff member was on when the idle lock came), if safe.
const nextPath = (url: URL, role: Role): string => safeNextPath(url.searchParams.get('next'), role);

// Public: the login page must answer signed-out visitors.
export const load: PageServerLoad = ({ locals, url }) => {
	if (locals.user) redirect(303, nextPath(url, locals.user.role));
	const reason = url.searchParams.get('reason') ?? locals.sessionEnded ?? '';
	// Own keys only: `?reason=constructor` must not reach Object.prototype.
	return { notice: Object.hasOwn(REASONS, reason) ? REASONS[reason]! : null };
};

export const actions: Actions = {
	default: async ({ request, cookies, getClientAddress, url }) => {
		const parsed = await parseForm(request, loginSchema);
		if (!parsed.ok) return parsed.failure;
		const result = await signIn(getDb(), { ...parsed.data, ipAddress: getClientAddress() });
		if (!result.ok) {
			const message =
				result.reason === 'throttled'
					? `Too many tries. Please wait ${result.retryAfterMinutes} minutes, or ask your teacher for help.`
					: result.reason === 'disabled'
						? REASONS.disabled
						: 'That username or password is not right. Please check and try again.';
			return fail(result.reason === 'throttled' ? 429 : result.reason === 'disabled' ? 403 : 400, {
				errors: { form: message },
				values: { username: parsed.data.username }
			});
		}
		cookies.set(SESSION_COOKIE, result.token, sessionCookieOptions(result.session.expiresAt, url));
		redirect(303, nextPath(url, result.role));
	}
};
