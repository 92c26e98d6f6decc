import { getDb } from '$lib/server/db';
import { guard } from '$lib/server/auth/guard';
import { listBreaches, recordBreach } from '$lib/server/leadership/breaches';
import { failFromServiceError, parseForm } from '$lib/server/http/forms';
import { breachSchema } from '$lib/domain/leadership/inputs';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const actor = guard(locals, 'breach.read');
	return { breaches: await listBreaches(getDb(), actor) };
};

export const actions: Actions = {
	record: async ({ locals, request }) => {
		const actor = guard(locals, 'breach.manage');
		const parsed = await parseForm(request, breachSchema);
		if (!parsed.ok) return parsed.failure;
		try {
			const { number } = await recordBreach(getDb(), actor, parsed.data);
			return { recorded: number };
		} catch (e) {
			return failFromServiceError(e, parsed.form);
		}
	}
};
