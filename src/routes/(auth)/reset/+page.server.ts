import { redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { requestPasswordReset } from '$lib/server/auth/password-reset';
import { publicAction, publicHandler } from '$lib/server/http/handlers';
import { resetRequestSchema } from '$lib/domain/notifications/inputs';
import { homePathFor } from '$lib/domain/auth/roles';
import type { Actions, PageServerLoad } from './$types';

// Public: someone who forgot their password is signed out by definition.
export const load: PageServerLoad = publicHandler(({ locals }) => {
	if (locals.user) redirect(303, homePathFor(locals.user.role));
	return {};
});

export const actions: Actions = {
	// Too many requests is a RateLimitError, answered 429 by the shared mapper.
	default: publicAction({
		schema: resetRequestSchema,
		run: async ({ event: { getClientAddress, url }, input }) => {
			await requestPasswordReset(getDb(), { email: input.email, origin: url.origin, ipAddress: getClientAddress() });
			// The same answer whether or not the address is on an account.
			return { sent: true };
		}
	})
};
