import { getDb } from '$lib/server/db';
import { formAction, pageLoad } from '$lib/server/http/handlers';
import { raiseWorry } from '$lib/server/safeguarding/concerns';
import { worrySchema } from '$lib/domain/safeguarding/inputs';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = pageLoad({ permission: 'home.pupil', run: () => ({}) });

export const actions: Actions = {
	default: formAction({
		permission: 'home.pupil',
		schema: worrySchema,
		run: async ({ actor, input }) => {
			await raiseWorry(getDb(), actor, input);
			return { told: true };
		}
	})
};
