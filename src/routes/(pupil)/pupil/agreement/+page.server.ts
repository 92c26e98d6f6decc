// A pupil reads and signs their own agreement. Younger pupils (Reception to Year 2) tick
// each rule with a grown-up beside them, whose name is recorded as the witness.
import { getDb } from '$lib/server/db';
import { guard } from '$lib/server/auth/guard';
import { failFromServiceError, parseForm } from '$lib/server/http/forms';
import { ownAgreementView } from '$lib/server/agreements/views';
import { signOwnAgreement } from '$lib/server/agreements/signing';
import { signOwnSchema } from '$lib/domain/agreements/inputs';
import type { Actor, Resource } from '$lib/domain/auth/permissions';
import type { Actions, PageServerLoad } from './$types';

const self = (a: Actor): Resource => ({ kind: 'pupil', schoolId: a.schoolId, pupilId: a.userId, classId: a.classId });

export const load: PageServerLoad = async ({ locals }) => {
	const actor = guard(locals, 'agreement.sign', self);
	return { agreement: await ownAgreementView(getDb(), actor) };
};

export const actions: Actions = {
	sign: async ({ locals, request }) => {
		const actor = guard(locals, 'agreement.sign', self);
		const parsed = await parseForm(request, signOwnSchema);
		if (!parsed.ok) return parsed.failure;
		// Each rule's tick box is its own field (rule-<id>), so the form says which were ticked.
		const tickedItemIds = [...parsed.form.keys()].filter((k) => k.startsWith('rule-')).map((k) => k.slice(5));
		try {
			await signOwnAgreement(getDb(), actor, { documentId: parsed.data.documentId, tickedItemIds, ...(parsed.data.witness ? { witness: parsed.data.witness } : {}) });
		} catch (e) {
			return failFromServiceError(e, parsed.form);
		}
		return { signed: true };
	}
};
