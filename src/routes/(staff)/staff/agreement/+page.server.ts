// Staff sign their own agreement here; until they do, the staff layout sends every other
// staff page here and `can()` refuses anything touching pupil data.
import { getDb } from '$lib/server/db';
import { guard } from '$lib/server/auth/guard';
import { failFromServiceError, parseForm } from '$lib/server/http/forms';
import { ownAgreementView } from '$lib/server/agreements/views';
import { signOwnAgreement } from '$lib/server/agreements/signing';
import { signOwnSchema } from '$lib/domain/agreements/inputs';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const actor = guard(locals, 'agreement.sign');
	return { agreement: await ownAgreementView(getDb(), actor), gateOpen: actor.gate.open };
};

export const actions: Actions = {
	sign: async ({ locals, request }) => {
		const actor = guard(locals, 'agreement.sign');
		const parsed = await parseForm(request, signOwnSchema);
		if (!parsed.ok) return parsed.failure;
		try {
			await signOwnAgreement(getDb(), actor, { documentId: parsed.data.documentId });
		} catch (e) {
			return failFromServiceError(e, parsed.form);
		}
		return { signed: true };
	}
};
