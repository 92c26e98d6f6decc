import { getDb } from '$lib/server/db';
import { guard } from '$lib/server/auth/guard';
import { failFromServiceError, parseForm } from '$lib/server/http/forms';
import { raiseWorry } from '$lib/server/safeguarding/concerns';
import { worrySchema } from '$lib/domain/safeguarding/inputs';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	guard(locals, 'home.pupil');
	return {};
};

export const actions: Actions = {
	default: async ({ locals, request }) => {
		const actor = guard(locals, 'home.pupil');
		const parsed = await parseForm(request, worrySchema);
		if (!parsed.ok) return parsed.failure;
		try {
			await raiseWorry(getDb(), actor, parsed.data);
			return { told: true };
		} catch (e) {
			return failFromServiceError(e, parsed.form);
		}
	}
};
