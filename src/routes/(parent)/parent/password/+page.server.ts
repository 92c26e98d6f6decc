import { getDb } from '$lib/server/db';
import { guard } from '$lib/server/auth/guard';
import { changeOwnPassword } from '$lib/server/auth/password-changes';
import { failFromServiceError, parseForm } from '$lib/server/http/forms';
import { changePasswordSchema } from '$lib/domain/schools/inputs';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
	guard(locals, 'home.parent');
	return { must: url.searchParams.get('must') === '1' };
};

export const actions: Actions = {
	default: async ({ locals, request }) => {
		const actor = guard(locals, 'home.parent');
		const parsed = await parseForm(request, changePasswordSchema);
		if (!parsed.ok) return parsed.failure;
		try {
			await changeOwnPassword(getDb(), actor, locals.session!.id, parsed.data.currentPassword, parsed.data.newPassword);
		} catch (e) {
			return failFromServiceError(e, parsed.form);
		}
		return { changed: true };
	}
};
