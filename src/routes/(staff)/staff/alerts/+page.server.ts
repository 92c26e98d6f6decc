import { z } from 'zod';
import { getDb } from '$lib/server/db';
import { formAction, pageLoad } from '$lib/server/http/handlers';
import { acknowledgeAlert, listAlerts } from '$lib/server/safeguarding/alert-inbox';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = pageLoad({
	permission: 'alerts.read',
	run: async ({ actor }) => ({ alerts: await listAlerts(getDb(), actor, true) })
});

export const actions: Actions = {
	acknowledge: formAction({
		permission: 'alerts.read',
		schema: z.object({ alertId: z.string().uuid('That alert does not exist.') }),
		run: async ({ actor, input }) => {
			await acknowledgeAlert(getDb(), actor, input.alertId);
			return { acknowledged: input.alertId };
		}
	})
};
