import { redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { findUsableReset, resetPasswordWithLink } from '$lib/server/auth/password-reset';
import { publicAction, publicHandler } from '$lib/server/http/handlers';
import { resetPasswordSchema, resetTokenSchema } from '$lib/domain/notifications/inputs';
import type { Actions, PageServerLoad } from './$types';

// Public: the token in the link is the permission, checked against its hash on every request.
export const load: PageServerLoad = publicHandler(async ({ params }) => {
	const token = resetTokenSchema.safeParse(params.token);
	const account = token.success ? await findUsableReset(getDb(), token.data) : null;
	return { username: account?.username ?? null };
});

export const actions: Actions = {
	default: publicAction({
		schema: resetPasswordSchema,
		run: async ({ event: { params }, input }) => {
			const token = resetTokenSchema.safeParse(params.token);
			await resetPasswordWithLink(getDb(), token.success ? token.data : '', input.newPassword);
			redirect(303, '/login?reason=password-reset');
		}
	})
};
