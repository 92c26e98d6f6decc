import { error, fail } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { guard } from '$lib/server/auth/guard';
import { ConflictError, NotFoundError } from '$lib/server/errors';
import { getAlertDetail } from '$lib/server/safeguarding/alert-sources';
import { acknowledgeAlert } from '$lib/server/safeguarding/alert-inbox';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const actor = guard(locals, 'alerts.read');
	try {
		return { alert: await getAlertDetail(getDb(), actor, params.alertId) };
	} catch (e) {
		if (e instanceof NotFoundError) error(404, e.message);
		throw e;
	}
};

export const actions: Actions = {
	acknowledge: async ({ locals, params }) => {
		const actor = guard(locals, 'alerts.read');
		try {
			await acknowledgeAlert(getDb(), actor, params.alertId);
		} catch (e) {
			if (e instanceof ConflictError) return fail(409, { errors: { form: e.message } });
			if (e instanceof NotFoundError) return fail(404, { errors: { form: e.message } });
			throw e;
		}
		return { acknowledged: true };
	}
};
