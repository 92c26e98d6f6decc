import { getDb } from '$lib/server/db';
import { formAction, pageLoad } from '$lib/server/http/handlers';
import { can } from '$lib/domain/auth/permissions';
import { NotFoundError } from '$lib/server/errors';
import { closeRisk, listRisks, riskHistoryOf, riskOwners, updateRisk } from '$lib/server/leadership/risks';
import { closeRiskSchema, updateRiskSchema } from '$lib/domain/leadership/inputs';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = pageLoad({
	permission: 'risk.read',
	run: async ({ actor, event: { params } }) => {
		const risk = (await listRisks(getDb(), actor)).find((r) => r.id === params.riskId);
		if (!risk) throw new NotFoundError('That risk does not exist.');
		const canManage = can(actor, 'risk.manage', { kind: 'school', schoolId: actor.schoolId }) && !risk.closed;
		return { risk, history: await riskHistoryOf(getDb(), actor, risk.id), canManage, owners: canManage ? await riskOwners(getDb(), actor) : [] };
	}
});

// A stale edit (someone reviewed it first) is a ConflictError, answered 409 by the wrapper.
export const actions: Actions = {
	review: formAction({
		permission: 'risk.manage',
		schema: updateRiskSchema,
		run: async ({ actor, input }) => {
			await updateRisk(getDb(), actor, input);
			return { saved: true };
		}
	}),
	close: formAction({
		permission: 'risk.manage',
		schema: closeRiskSchema,
		run: async ({ actor, input }) => {
			await closeRisk(getDb(), actor, input.riskId, input.note);
			return { closed: true };
		}
	})
};
