import { getDb } from '$lib/server/db';
import { formAction, pageLoad } from '$lib/server/http/handlers';
import { changeOwnPassword } from '$lib/server/auth/password-changes';
import { changePasswordSchema } from '$lib/domain/schools/inputs';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = pageLoad({
	permission: 'home.parent',
	run: ({ event: { url } }) => ({ must: url.searchParams.get('must') === '1' })
});

export const actions: Actions = {
	default: formAction({
		permission: 'home.parent',
		schema: changePasswordSchema,
		run: async ({ actor, input, event: { locals } }) => {
			await changeOwnPassword(getDb(), actor, locals.session!.id, input.currentPassword, input.newPassword);
			return { changed: true };
		}
	})
};
