import { getDb } from '$lib/server/db';
import { formAction, pageLoad } from '$lib/server/http/handlers';
import { getScreeningSettings, saveScreeningSettings } from '$lib/server/screening/settings';
import { DEFAULT_APPROVED_DOMAINS, screeningSettingsSchema } from '$lib/domain/screening/school-settings';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = pageLoad({
	permission: 'school.manage',
	run: async ({ actor }) => ({ settings: await getScreeningSettings(getDb(), actor), defaults: [...DEFAULT_APPROVED_DOMAINS] })
});

export const actions: Actions = {
	save: formAction({
		permission: 'school.manage',
		schema: screeningSettingsSchema,
		run: async ({ actor, input }) => {
			await saveScreeningSettings(getDb(), actor, input);
			return { saved: true };
		}
	})
};
