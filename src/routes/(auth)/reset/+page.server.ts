import { fail, redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { requestPasswordReset } from '$lib/server/auth/password-reset';
import { parseForm } from '$lib/server/http/forms';
import { RateLimitError } from '$lib/server/errors';
import { resetRequestSchema } from '$lib/domain/notifications/inputs';
import { homePathFor } from '$lib/domain/auth/roles';
import type { Actions, PageServerLoad } from './$types';

// Public: someone who forgot their password is signed out by definition.
export const load: PageServerLoad = ({ locals }) => {
	if (locals.user) redirect(303, homePathFor(locals.user.role));
	return {};
};

export const actions: Actions = {
	default: async ({ request, getClientAddress, url }) => {
		const parsed = await parseForm(request, resetRequestSchema);
		if (!parsed.ok) return parsed.failure;
		try {
			await requestPasswordReset(getDb(), { email: parsed.data.email, origin: url.origin, ipAddress: getClientAddress() });
		} catch (e) {
			if (e instanceof RateLimitError) return fail(429, { errors: { form: e.message }, values: { email: parsed.data.email } });
			throw e;
		}
		// The same answer whether or not the address is on an account.
		return { sent: true };
	}
};
