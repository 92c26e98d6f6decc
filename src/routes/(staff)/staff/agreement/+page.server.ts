// Staff sign their own agreement here; until they do, the staff layout sends every other
// staff page here and `can()` refuses anything touching pupil data.
import { getDb } from '$lib/server/db';
import { formAction, pageLoad } from '$lib/server/http/handlers';
import { ownAgreementView } from '$lib/server/agreements/views';
import { signOwnAgreement } from '$lib/server/agreements/signing';
import { signOwnSchema } from '$lib/domain/agreements/inputs';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = pageLoad({
	permission: 'agreement.sign',
	run: async ({ actor }) => ({ agreement: await ownAgreementView(getDb(), actor), gateOpen: actor.gate.open })
});

export const actions: Actions = {
	sign: formAction({
		permission: 'agreement.sign',
		schema: signOwnSchema,
		run: async ({ actor, input }) => {
			await signOwnAgreement(getDb(), actor, { documentId: input.documentId });
			return { signed: true };
		}
	})
};
