import { redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { guard } from '$lib/server/auth/guard';
import { createPolicy, listPolicies, policyOwnerChoices } from '$lib/server/leadership/policies';
import { failFromServiceError, parseForm } from '$lib/server/http/forms';
import { newPolicySchema, POLICY_BODY_MAX } from '$lib/domain/leadership/inputs';
import { can } from '$lib/domain/auth/permissions';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const actor = guard(locals, 'policy.read');
	const manager = can(actor, 'policy.manage', { kind: 'school', schoolId: actor.schoolId });
	return {
		policies: await listPolicies(getDb(), actor),
		owners: manager ? await policyOwnerChoices(getDb(), actor) : null
	};
};

export const actions: Actions = {
	create: async ({ locals, request }) => {
		const actor = guard(locals, 'policy.manage');
		const parsed = await parseForm(request, newPolicySchema, { maxFieldLength: POLICY_BODY_MAX });
		if (!parsed.ok) return parsed.failure;
		let id: string;
		try {
			({ id } = await createPolicy(getDb(), actor, parsed.data));
		} catch (e) {
			return failFromServiceError(e, parsed.form);
		}
		redirect(303, `/staff/policies/${id}`);
	}
};
