import { fail } from '@sveltejs/kit';
import { z } from 'zod';
import { getDb } from '$lib/server/db';
import { guard } from '$lib/server/auth/guard';
import { acknowledgeAlert, listAlerts } from '$lib/server/safeguarding/alert-inbox';
import { ConflictError } from '$lib/server/errors';
import { failFromServiceError, parseForm } from '$lib/server/http/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const actor = guard(locals, 'alerts.read');
	return { alerts: await listAlerts(getDb(), actor, true) };
};

export const actions: Actions = {
	acknowledge: async ({ locals, request }) => {
		const actor = guard(locals, 'alerts.read');
		const parsed = await parseForm(request, z.object({ alertId: z.string().uuid('That alert does not exist.') }));
		if (!parsed.ok) return parsed.failure;
		try {
			await acknowledgeAlert(getDb(), actor, parsed.data.alertId);
		} catch (e) {
			if (e instanceof ConflictError) return fail(409, { errors: { form: e.message }, values: {} });
			return failFromServiceError(e, parsed.form);
		}
		return { acknowledged: parsed.data.alertId };
	}
};
