import { getDb } from '$lib/server/db';
import { formAction, pageLoad } from '$lib/server/http/handlers';
import { listBreaches, recordBreach } from '$lib/server/leadership/breaches';
import { breachSchema } from '$lib/domain/leadership/inputs';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = pageLoad({
	permission: 'breach.read',
	run: async ({ actor }) => ({ breaches: await listBreaches(getDb(), actor) })
});

export const actions: Actions = {
	record: formAction({
		permission: 'breach.manage',
		schema: breachSchema,
		run: async ({ actor, input }) => ({ recorded: (await recordBreach(getDb(), actor, input)).number })
	})
};
