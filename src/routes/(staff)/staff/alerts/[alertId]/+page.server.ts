import { getDb } from '$lib/server/db';
import { formAction, pageLoad } from '$lib/server/http/handlers';
import { getAlertDetail } from '$lib/server/safeguarding/alert-sources';
import { acknowledgeAlert } from '$lib/server/safeguarding/alert-inbox';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = pageLoad({
	permission: 'alerts.read',
	run: async ({ actor, event: { params } }) => ({ alert: await getAlertDetail(getDb(), actor, params.alertId) })
});

export const actions: Actions = {
	acknowledge: formAction({
		permission: 'alerts.read',
		run: async ({ actor, event: { params } }) => {
			await acknowledgeAlert(getDb(), actor, params.alertId);
			return { acknowledged: true };
		}
	})
};
