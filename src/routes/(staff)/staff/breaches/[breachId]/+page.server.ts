import { error } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { guard } from '$lib/server/auth/guard';
import { listBreaches, updateBreach } from '$lib/server/leadership/breaches';
import { failFromServiceError, parseForm } from '$lib/server/http/forms';
import { updateBreachSchema } from '$lib/domain/leadership/inputs';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const actor = guard(locals, 'breach.read');
	const breach = (await listBreaches(getDb(), actor)).find((b) => b.id === params.breachId);
	if (!breach) error(404, 'That breach does not exist.');
	return { breach };
};

export const actions: Actions = {
	update: async ({ locals, request }) => {
		const actor = guard(locals, 'breach.manage');
		const parsed = await parseForm(request, updateBreachSchema);
		if (!parsed.ok) return parsed.failure;
		try {
			const { breachId, ...input } = parsed.data;
			await updateBreach(getDb(), actor, breachId, input);
		} catch (e) {
			return failFromServiceError(e, parsed.form);
		}
		return { saved: true };
	}
};
