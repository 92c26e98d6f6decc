import { error } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { guard } from '$lib/server/auth/guard';
import { can } from '$lib/domain/auth/permissions';
import { closeRisk, listRisks, riskHistoryOf, riskOwners, updateRisk } from '$lib/server/leadership/risks';
import { failFromServiceError, parseForm } from '$lib/server/http/forms';
import { closeRiskSchema, updateRiskSchema } from '$lib/domain/leadership/inputs';
import { ConflictError } from '$lib/server/errors';
import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const actor = guard(locals, 'risk.read');
	const risk = (await listRisks(getDb(), actor)).find((r) => r.id === params.riskId);
	if (!risk) error(404, 'That risk does not exist.');
	const canManage = can(actor, 'risk.manage', { kind: 'school', schoolId: actor.schoolId }) && !risk.closed;
	return { risk, history: await riskHistoryOf(getDb(), actor, risk.id), canManage, owners: canManage ? await riskOwners(getDb(), actor) : [] };
};

async function run(form: FormData, fn: () => Promise<void>) {
	try {
		await fn();
	} catch (e) {
		if (e instanceof ConflictError) return fail(409, { errors: { form: e.message }, values: {} });
		return failFromServiceError(e, form);
	}
	return null;
}

export const actions: Actions = {
	review: async ({ locals, request }) => {
		const actor = guard(locals, 'risk.manage');
		const parsed = await parseForm(request, updateRiskSchema);
		if (!parsed.ok) return parsed.failure;
		return (await run(parsed.form, () => updateRisk(getDb(), actor, parsed.data))) ?? { saved: true };
	},
	close: async ({ locals, request }) => {
		const actor = guard(locals, 'risk.manage');
		const parsed = await parseForm(request, closeRiskSchema);
		if (!parsed.ok) return parsed.failure;
		return (await run(parsed.form, () => closeRisk(getDb(), actor, parsed.data.riskId, parsed.data.note))) ?? { closed: true };
	}
};
