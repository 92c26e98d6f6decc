import { getDb } from '$lib/server/db';
import { guard } from '$lib/server/auth/guard';
import { loadPreferences, savePreferences } from '$lib/server/notifications/preferences';
import { failFromServiceError, parseForm } from '$lib/server/http/forms';
import { preferencesSchema } from '$lib/domain/notifications/inputs';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const actor = guard(locals, 'home.staff');
	return { prefs: await loadPreferences(getDb(), actor) };
};

export const actions: Actions = {
	default: async ({ locals, request }) => {
		const actor = guard(locals, 'home.staff');
		const parsed = await parseForm(request, preferencesSchema);
		if (!parsed.ok) return parsed.failure;
		try {
			await savePreferences(getDb(), actor, parsed.data);
		} catch (e) {
			return failFromServiceError(e, parsed.form);
		}
		return { saved: true };
	}
};
