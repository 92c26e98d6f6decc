// A pupil reads and signs their own agreement. Younger pupils (Reception to Year 2) tick
// each rule with a grown-up beside them, whose name is recorded as the witness.
import { getDb } from '$lib/server/db';
import { formAction, pageLoad } from '$lib/server/http/handlers';
import { ownAgreementView } from '$lib/server/agreements/views';
import { signOwnAgreement } from '$lib/server/agreements/signing';
import { signOwnSchema } from '$lib/domain/agreements/inputs';
import type { Actor, Resource } from '$lib/domain/auth/permissions';
import type { Actions, PageServerLoad } from './$types';

const self = ({ actor: a }: { actor: Actor }): Resource => ({ kind: 'pupil', schoolId: a.schoolId, pupilId: a.userId, classId: a.classId });

export const load: PageServerLoad = pageLoad({
	permission: 'agreement.sign',
	resource: self,
	run: async ({ actor }) => ({ agreement: await ownAgreementView(getDb(), actor) })
});

export const actions: Actions = {
	sign: formAction({
		permission: 'agreement.sign',
		resource: self,
		schema: signOwnSchema,
		run: async ({ actor, input, form }) => {
			// Each rule's tick box is its own field (rule-<id>), so the form says which were ticked.
			const tickedItemIds = [...(form?.keys() ?? [])].filter((k) => k.startsWith('rule-')).map((k) => k.slice(5));
			await signOwnAgreement(getDb(), actor, { documentId: input.documentId, tickedItemIds, ...(input.witness ? { witness: input.witness } : {}) });
			return { signed: true };
		}
	})
};
