import { getDb } from '$lib/server/db';
import { formAction, pageLoad } from '$lib/server/http/handlers';
import { raiseParentConcern } from '$lib/server/safeguarding/concerns';
import { parentConcernForm } from '$lib/server/safeguarding/concern-forms';
import { parentConcernSchema } from '$lib/domain/safeguarding/inputs';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = pageLoad({
	permission: 'home.parent',
	run: ({ actor }) => parentConcernForm(getDb(), actor)
});

export const actions: Actions = {
	// Another family's child is refused inside the service by the one rule (a 403).
	default: formAction({
		permission: 'home.parent',
		schema: parentConcernSchema,
		run: async ({ actor, input }) => {
			await raiseParentConcern(getDb(), actor, input);
			return { told: true };
		}
	})
};
