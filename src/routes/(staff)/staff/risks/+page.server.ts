import { getDb } from '$lib/server/db';
import { formAction, pageLoad } from '$lib/server/http/handlers';
import { can } from '$lib/domain/auth/permissions';
import { addRisk, addStarterRisks, listRisks, riskOwners } from '$lib/server/leadership/risks';
import { riskSchema } from '$lib/domain/leadership/inputs';
import { heatMapCells } from '$lib/domain/leadership/risks';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = pageLoad({
	permission: 'risk.read',
	run: async ({ actor }) => {
		const risks = await listRisks(getDb(), actor);
		const canManage = can(actor, 'risk.manage', { kind: 'school', schoolId: actor.schoolId });
		return {
			risks,
			heatMap: heatMapCells(risks.filter((r) => !r.closed)),
			canManage,
			owners: canManage ? await riskOwners(getDb(), actor) : []
		};
	}
});

export const actions: Actions = {
	add: formAction({
		permission: 'risk.manage',
		schema: riskSchema,
		run: async ({ actor, input }) => {
			await addRisk(getDb(), actor, input);
			return { added: input.title };
		}
	}),
	// No fields: the starter risks are added once (a second time is a ConflictError, 409).
	starters: formAction({
		permission: 'risk.manage',
		run: async ({ actor }) => ({ starters: await addStarterRisks(getDb(), actor) })
	})
};
