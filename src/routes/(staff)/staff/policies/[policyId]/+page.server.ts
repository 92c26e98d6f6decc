import { error } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { guard } from '$lib/server/auth/guard';
import { acknowledgePolicy, getPolicy, publishPolicyVersion, updatePolicyDetails } from '$lib/server/leadership/policies';
import { failFromServiceError, parseForm } from '$lib/server/http/forms';
import { acknowledgePolicySchema, policyDetailsSchema, policyVersionSchema, POLICY_BODY_MAX } from '$lib/domain/leadership/inputs';
import { NotFoundError } from '$lib/server/errors';
import { can } from '$lib/domain/auth/permissions';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const actor = guard(locals, 'policy.read');
	try {
		return {
			detail: await getPolicy(getDb(), actor, params.policyId),
			canAcknowledge: can(actor, 'policy.acknowledge', { kind: 'school', schoolId: actor.schoolId })
		};
	} catch (e) {
		if (e instanceof NotFoundError) error(404, e.message);
		throw e;
	}
};

export const actions: Actions = {
	acknowledge: async ({ locals, request }) => {
		const actor = guard(locals, 'policy.acknowledge');
		const parsed = await parseForm(request, acknowledgePolicySchema);
		if (!parsed.ok) return parsed.failure;
		try {
			await acknowledgePolicy(getDb(), actor, parsed.data.versionId);
		} catch (e) {
			return failFromServiceError(e, parsed.form);
		}
		return { acknowledged: true };
	},
	publish: async ({ locals, request }) => {
		const actor = guard(locals, 'policy.manage');
		const parsed = await parseForm(request, policyVersionSchema, { maxFieldLength: POLICY_BODY_MAX });
		if (!parsed.ok) return parsed.failure;
		try {
			const { number } = await publishPolicyVersion(getDb(), actor, parsed.data);
			return { published: number };
		} catch (e) {
			return failFromServiceError(e, parsed.form);
		}
	},
	update: async ({ locals, request }) => {
		const actor = guard(locals, 'policy.manage');
		const parsed = await parseForm(request, policyDetailsSchema);
		if (!parsed.ok) return parsed.failure;
		try {
			await updatePolicyDetails(getDb(), actor, parsed.data);
		} catch (e) {
			return failFromServiceError(e, parsed.form);
		}
		return { saved: true };
	}
};
