import { redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { findUsableReset, resetPasswordWithLink } from '$lib/server/auth/password-reset';
import { failFromServiceError, parseForm } from '$lib/server/http/forms';
import { resetPasswordSchema, resetTokenSchema } from '$lib/domain/notifications/inputs';
import type { Actions, PageServerLoad } from './$types';

// Public: the token in the link is the permission, checked against its hash on every request.
export const load: PageServerLoad = async ({ params }) => {
	const token = resetTokenSchema.safeParse(params.token);
	const account = token.success ? await findUsableReset(getDb(), token.data) : null;
	return { username: account?.username ?? null };
};

export const actions: Actions = {
	default: async ({ params, request }) => {
		const parsed = await parseForm(request, resetPasswordSchema);
		if (!parsed.ok) return parsed.failure;
		const token = resetTokenSchema.safeParse(params.token);
		try {
			await resetPasswordWithLink(getDb(), token.success ? token.data : '', parsed.data.newPassword);
		} catch (e) {
			return failFromServiceError(e, parsed.form);
		}
		redirect(303, '/login?reason=password-reset');
	}
};
