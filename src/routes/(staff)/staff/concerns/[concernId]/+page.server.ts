import { error } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { guard } from '$lib/server/auth/guard';
import { parseForm } from '$lib/server/http/forms';
import { NotFoundError } from '$lib/server/errors';
import { closeConcern, getConcern } from '$lib/server/safeguarding/concern-decisions';
import { failFromSafeguardingError } from '$lib/server/safeguarding/form-errors';
import { closeConcernSchema } from '$lib/domain/safeguarding/inputs';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const actor = guard(locals, 'concern.decide');
	try {
		return { concern: await getConcern(getDb(), actor, params.concernId) };
	} catch (e) {
		if (e instanceof NotFoundError) error(404, e.message);
		throw e;
	}
};

export const actions: Actions = {
	close: async ({ locals, params, request }) => {
		const actor = guard(locals, 'concern.decide');
		const parsed = await parseForm(request, closeConcernSchema);
		if (!parsed.ok) return parsed.failure;
		try {
			await closeConcern(getDb(), actor, params.concernId, parsed.data.reason);
		} catch (e) {
			return failFromSafeguardingError(e, parsed.form);
		}
		return { closed: true };
	}
};
