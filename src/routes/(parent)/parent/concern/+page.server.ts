import { error } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { guard } from '$lib/server/auth/guard';
import { failFromServiceError, parseForm } from '$lib/server/http/forms';
import { AuthorizationError } from '$lib/server/auth/authorize';
import { raiseParentConcern } from '$lib/server/safeguarding/concerns';
import { parentConcernForm } from '$lib/server/safeguarding/concern-forms';
import { parentConcernSchema } from '$lib/domain/safeguarding/inputs';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const actor = guard(locals, 'home.parent');
	return await parentConcernForm(getDb(), actor);
};

export const actions: Actions = {
	default: async ({ locals, request }) => {
		const actor = guard(locals, 'home.parent');
		const parsed = await parseForm(request, parentConcernSchema);
		if (!parsed.ok) return parsed.failure;
		try {
			await raiseParentConcern(getDb(), actor, parsed.data);
			return { told: true };
		} catch (e) {
			if (e instanceof AuthorizationError) error(e.status, 'You can raise a concern only about your own child.');
			return failFromServiceError(e, parsed.form);
		}
	}
};
