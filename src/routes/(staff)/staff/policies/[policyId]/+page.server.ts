import { getDb } from '$lib/server/db';
import { formAction, pageLoad } from '$lib/server/http/handlers';
import { acknowledgePolicy, getPolicy, publishPolicyVersion, updatePolicyDetails } from '$lib/server/leadership/policies';
import { acknowledgePolicySchema, policyDetailsSchema, policyVersionSchema, POLICY_BODY_MAX } from '$lib/domain/leadership/inputs';
import { can } from '$lib/domain/auth/permissions';
import { policyFileForm, publishPolicyFile } from '$lib/server/leadership/policy-files';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = pageLoad({
	permission: 'policy.read',
	run: async ({ actor, event: { params } }) => ({
		detail: await getPolicy(getDb(), actor, params.policyId),
		canAcknowledge: can(actor, 'policy.acknowledge', { kind: 'school', schoolId: actor.schoolId })
	})
});

export const actions: Actions = {
	acknowledge: formAction({
		permission: 'policy.acknowledge',
		schema: acknowledgePolicySchema,
		run: async ({ actor, input }) => {
			await acknowledgePolicy(getDb(), actor, input.versionId);
			return { acknowledged: true };
		}
	}),
	publish: formAction({
		permission: 'policy.manage',
		schema: policyVersionSchema,
		maxFieldLength: POLICY_BODY_MAX,
		run: async ({ actor, input }) => ({ published: (await publishPolicyVersion(getDb(), actor, input)).number })
	}),
	upload: formAction({
		permission: 'policy.manage',
		schema: policyFileForm,
		formName: 'upload',
		run: async ({ actor, input }) => ({ published: (await publishPolicyFile(getDb(), actor, input.input, input.file)).number })
	}),
	update: formAction({
		permission: 'policy.manage',
		schema: policyDetailsSchema,
		run: async ({ actor, input }) => {
			await updatePolicyDetails(getDb(), actor, input);
			return { saved: true };
		}
	})
};
