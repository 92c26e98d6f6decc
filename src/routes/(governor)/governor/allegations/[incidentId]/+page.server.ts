import { getDb } from '$lib/server/db';
import { formAction, pageLoad } from '$lib/server/http/handlers';
import { getIncidentForChair } from '$lib/server/safeguarding/head-allegations';
import { moveIncident } from '$lib/server/safeguarding/incident-steps';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = pageLoad({
	permission: 'allegation.head',
	run: async ({ actor, event: { params } }) => ({ view: await getIncidentForChair(getDb(), actor, params.incidentId) })
});

export const actions: Actions = {
	signOff: formAction({
		permission: 'allegation.head',
		run: async ({ actor, event: { params } }) => {
			await moveIncident(getDb(), actor, params.incidentId, 'sign-off');
			return { done: 'Signed off as chair of governors.' };
		}
	})
};
