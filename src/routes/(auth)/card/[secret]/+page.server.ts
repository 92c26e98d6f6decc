// A pupil's QR card: the link opens this page on a class device, and one tap signs the
// pupil in. The tap is a form post, so a link previewer or prefetcher cannot sign anyone
// in by fetching the page. Public: it works signed out; wrong secrets are throttled.
import { fail, redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { SESSION_COOKIE } from '$lib/server/auth/session';
import { sessionCookieOptions } from '$lib/server/auth/cookies';
import { signInWithCard } from '$lib/server/schools/cards/sign-in';
import { publicHandler } from '$lib/server/http/handlers';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = publicHandler(() => ({}));

export const actions: Actions = {
	// The body is never read: the secret in the address is all the card carries.
	default: publicHandler(async ({ params, cookies, getClientAddress, url }) => {
		const result = await signInWithCard(getDb(), params.secret, getClientAddress());
		if (!result.ok) {
			const message =
				result.reason === 'throttled'
					? `Too many tries. Please wait ${result.retryAfterMinutes} minutes, or ask your teacher.`
					: 'This card does not work any more. Please ask your teacher for a new one.';
			return fail(result.reason === 'throttled' ? 429 : 400, { message });
		}
		cookies.set(SESSION_COOKIE, result.token, sessionCookieOptions(result.session.expiresAt, url));
		redirect(303, '/pupil');
	})
};
