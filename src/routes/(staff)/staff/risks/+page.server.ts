import { getDb } from '$lib/server/db';
import { guard } from '$lib/server/auth/guard';
import { can } from '$lib/domain/auth/permissions';
import { addRisk, addStarterRisks, listRisks, riskOwners } from '$lib/server/leadership/risks';
import { ConflictError } from '$lib/server/errors';
import { fail } from '@sveltejs/kit';
import { failFromServiceError, parseForm } from '$lib/server/http/forms';
import { riskSchema } from '$lib/domain/leadership/inputs';
import { heatMapCells } from '$lib/domain/leadership/risks';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const actor = guard(locals, 'risk.read');
	const risks = await listRisks(getDb(), actor);
	const canManage = can(actor, 'risk.manage', { kind: 'school', schoolId: actor.schoolId });
	return {
		risks,
		heatMap: heatMapCells(risks.filter((r) => !r.closed)),
		canManage,
		owners: canManage ? await riskOwners(getDb(), actor) : []
	};
};

export const actions: Actions = {
	add: async ({ locals, request }) => {
		const actor = guard(locals, 'risk.manage');
		const parsed = await parseForm(request, riskSchema);
		if (!parsed.ok) return parsed.failure;
		try {
			await addRisk(getDb(), actor, parsed.data);
		} catch (e) {
			return failFromServiceError(e, parsed.form);
		}
		return { added: parsed.data.title };
	},
	starters: async ({ locals }) => {
		const actor = guard(locals, 'risk.manage');
		try {
			return { starters: await addStarterRisks(getDb(), actor) };
		} catch (e) {
			if (e instanceof ConflictError) return fail(409, { errors: { form: e.message }, values: {} });
			throw e;
		}
	}
};
