import { redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { formAction, pageLoad } from '$lib/server/http/handlers';
import { createPolicy, listPolicies, policyOwnerChoices } from '$lib/server/leadership/policies';
import { newPolicySchema, POLICY_BODY_MAX } from '$lib/domain/leadership/inputs';
import { can } from '$lib/domain/auth/permissions';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = pageLoad({
	permission: 'policy.read',
	run: async ({ actor }) => {
		const manager = can(actor, 'policy.manage', { kind: 'school', schoolId: actor.schoolId });
		return {
			policies: await listPolicies(getDb(), actor),
			owners: manager ? await policyOwnerChoices(getDb(), actor) : null
		};
	}
});

export const actions: Actions = {
	create: formAction({
		permission: 'policy.manage',
		schema: newPolicySchema,
		maxFieldLength: POLICY_BODY_MAX,
		run: async ({ actor, input }) => {
			const { id } = await createPolicy(getDb(), actor, input);
			redirect(303, `/staff/policies/${id}`);
		}
	})
};
