import { getDb } from '$lib/server/db';
import { guard } from '$lib/server/auth/guard';
import { disableTwoStep, enrolSignedIn, loadTwoStepSettings } from '$lib/server/auth/two-step';
import { twoStepFailure } from '$lib/server/auth/two-step-forms';
import { parseForm } from '$lib/server/http/forms';
import { twoStepCodeSchema } from '$lib/domain/auth/inputs';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const actor = guard(locals, 'account.two_step');
	return { settings: await loadTwoStepSettings(getDb(), actor, locals.user!) };
};

export const actions: Actions = {
	enrol: async ({ locals, request, getClientAddress }) => {
		const actor = guard(locals, 'account.two_step');
		const parsed = await parseForm(request, twoStepCodeSchema);
		if (!parsed.ok) return parsed.failure;
		try {
			return { recoveryCodes: await enrolSignedIn(getDb(), actor, locals.user!, parsed.data.code, getClientAddress()) };
		} catch (e) {
			return twoStepFailure(e, parsed.form);
		}
	},
	disable: async ({ locals, request, getClientAddress }) => {
		const actor = guard(locals, 'account.two_step');
		const parsed = await parseForm(request, twoStepCodeSchema);
		if (!parsed.ok) return parsed.failure;
		try {
			await disableTwoStep(getDb(), actor, locals.user!.username, parsed.data.code, getClientAddress());
		} catch (e) {
			return twoStepFailure(e, parsed.form);
		}
		return { disabled: true };
	}
};
