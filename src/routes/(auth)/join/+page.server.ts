// Public: a parent or carer makes their account with the one-time code from the school's
// letter, is linked to that child and signed in, then signs on the agreements page.
// Wrong codes are throttled per address. A signed-in parent adds a child from their
// agreements page instead.
import { fail, redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { SESSION_COOKIE } from '$lib/server/auth/session';
import { sessionCookieOptions } from '$lib/server/auth/cookies';
import { failFromServiceError, parseForm } from '$lib/server/http/forms';
import { CodeThrottledError, joinWithCode } from '$lib/server/agreements/join';
import { joinSchema } from '$lib/domain/agreements/inputs';
import { homePathFor } from '$lib/domain/auth/roles';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => {
	if (locals.user?.role === 'parent') redirect(303, '/parent/agreements');
	if (locals.user) redirect(303, homePathFor(locals.user.role));
	return {};
};

export const actions: Actions = {
	default: async ({ request, cookies, getClientAddress, url }) => {
		const parsed = await parseForm(request, joinSchema);
		if (!parsed.ok) return parsed.failure;
		let token: string;
		let expiresAt: Date;
		try {
			const joined = await joinWithCode(getDb(), parsed.data, getClientAddress());
			token = joined.token;
			expiresAt = joined.session.expiresAt;
		} catch (e) {
			if (e instanceof CodeThrottledError) return fail(429, { errors: { code: e.message }, values: { firstName: parsed.data.firstName, surname: parsed.data.surname, username: parsed.data.username } });
			return failFromServiceError(e, parsed.form);
		}
		cookies.set(SESSION_COOKIE, token, sessionCookieOptions(expiresAt, url));
		redirect(303, '/parent/agreements');
	}
};
