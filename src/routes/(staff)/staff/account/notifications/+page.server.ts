import { getDb } from '$lib/server/db';
import { formAction, pageLoad } from '$lib/server/http/handlers';
import { loadPreferences, savePreferences } from '$lib/server/notifications/preferences';
import { preferencesSchema } from '$lib/domain/notifications/inputs';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = pageLoad({
	permission: 'home.staff',
	run: async ({ actor }) => ({ prefs: await loadPreferences(getDb(), actor) })
});

export const actions: Actions = {
	default: formAction({
		permission: 'home.staff',
		schema: preferencesSchema,
		run: async ({ actor, input }) => {
			await savePreferences(getDb(), actor, input);
			return { saved: true };
		}
	})
};
