import { getDb } from '$lib/server/db';
import { formAction, pageLoad } from '$lib/server/http/handlers';
import { NotFoundError } from '$lib/server/errors';
import { listBreaches, updateBreach } from '$lib/server/leadership/breaches';
import { updateBreachSchema } from '$lib/domain/leadership/inputs';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = pageLoad({
	permission: 'breach.read',
	run: async ({ actor, event: { params } }) => {
		const breach = (await listBreaches(getDb(), actor)).find((b) => b.id === params.breachId);
		if (!breach) throw new NotFoundError('That breach does not exist.');
		return { breach };
	}
});

export const actions: Actions = {
	update: formAction({
		permission: 'breach.manage',
		schema: updateBreachSchema,
		run: async ({ actor, input: { breachId, ...input } }) => {
			await updateBreach(getDb(), actor, breachId, input);
			return { saved: true };
		}
	})
};
