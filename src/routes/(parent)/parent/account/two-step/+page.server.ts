// Turning one's own two-step sign-in on and off, and making a new set of recovery codes. A wrong code counts as a failed sign-in
// (400), too many is a 429 and "already on/off" a 409, all through the wrapper's one mapper.
import { getDb } from '$lib/server/db';
import { formAction, pageLoad } from '$lib/server/http/handlers';
import { disableTwoStep, enrolSignedIn, loadTwoStepSettings } from '$lib/server/auth/two-step';
import { makeNewRecoveryCodes } from '$lib/server/auth/recovery-codes';
import { newRecoveryCodesSchema, twoStepCodeSchema } from '$lib/domain/auth/inputs';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = pageLoad({
	permission: 'account.two_step',
	run: async ({ actor, event: { locals } }) => ({ settings: await loadTwoStepSettings(getDb(), actor, locals.user!) })
});

export const actions: Actions = {
	enrol: formAction({
		permission: 'account.two_step',
		schema: twoStepCodeSchema,
		run: async ({ actor, input, event: { locals, getClientAddress } }) => ({
			recoveryCodes: await enrolSignedIn(getDb(), actor, locals.user!, input.code, getClientAddress())
		})
	}),
	disable: formAction({
		permission: 'account.two_step',
		schema: twoStepCodeSchema,
		run: async ({ actor, input, event: { locals, getClientAddress } }) => {
			await disableTwoStep(getDb(), actor, locals.user!.username, input.code, getClientAddress());
			return { disabled: true };
		}
	}),
	newCodes: formAction({
		permission: 'account.two_step',
		schema: newRecoveryCodesSchema,
		formName: 'newCodes',
		run: async ({ actor, input, event: { locals, getClientAddress } }) => ({
			recoveryCodes: await makeNewRecoveryCodes(getDb(), actor, locals.user!, input, getClientAddress()),
			renewed: true
		})
	})
};
