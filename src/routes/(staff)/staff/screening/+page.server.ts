import { getDb } from '$lib/server/db';
import { guard } from '$lib/server/auth/guard';
import { failFromServiceError, parseForm } from '$lib/server/http/forms';
import { getScreeningSettings, saveScreeningSettings } from '$lib/server/screening/settings';
import { DEFAULT_APPROVED_DOMAINS, screeningSettingsSchema } from '$lib/domain/screening/school-settings';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const actor = guard(locals, 'school.manage');
	return { settings: await getScreeningSettings(getDb(), actor), defaults: [...DEFAULT_APPROVED_DOMAINS] };
};

export const actions: Actions = {
	save: async ({ locals, request }) => {
		const actor = guard(locals, 'school.manage');
		const parsed = await parseForm(request, screeningSettingsSchema);
		if (!parsed.ok) return parsed.failure;
		try {
			await saveScreeningSettings(getDb(), actor, parsed.data);
		} catch (e) {
			return failFromServiceError(e, parsed.form);
		}
		return { saved: true };
	}
};
