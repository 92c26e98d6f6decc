import { getDb } from '$lib/server/db';
import { formAction, pageLoad } from '$lib/server/http/handlers';
import { closeConcern, getConcern } from '$lib/server/safeguarding/concern-decisions';
import { closeConcernSchema } from '$lib/domain/safeguarding/inputs';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = pageLoad({
	permission: 'concern.decide',
	run: async ({ actor, event: { params } }) => ({ concern: await getConcern(getDb(), actor, params.concernId) })
});

export const actions: Actions = {
	close: formAction({
		permission: 'concern.decide',
		schema: closeConcernSchema,
		run: async ({ actor, input, event: { params } }) => {
			await closeConcern(getDb(), actor, params.concernId, input.reason);
			return { closed: true };
		}
	})
};
