// Turning one's own two-step sign-in on and off, and making a new set of recovery codes. A wrong code counts as a failed sign-in
// (400), too many is a 429 and "already on/off" a 409, all through the wrapper's one mapper. What each form runs is shared with
// the other audience's page in own-two-step.ts; the wrappers and their permission stay here, where the guard tests read them.
import { formAction, pageLoad } from '$lib/server/http/handlers';
import { disableOwnTwoStep, enrolOwnTwoStep, loadOwnTwoStep, renewOwnRecoveryCodes } from '$lib/server/auth/own-two-step';
import { newRecoveryCodesSchema, twoStepCodeSchema } from '$lib/domain/auth/inputs';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = pageLoad({ permission: 'account.two_step', run: loadOwnTwoStep });

export const actions: Actions = {
	enrol: formAction({ permission: 'account.two_step', schema: twoStepCodeSchema, run: enrolOwnTwoStep }),
	disable: formAction({ permission: 'account.two_step', schema: twoStepCodeSchema, run: disableOwnTwoStep }),
	newCodes: formAction({ permission: 'account.two_step', schema: newRecoveryCodesSchema, formName: 'newCodes', run: renewOwnRecoveryCodes })
};
