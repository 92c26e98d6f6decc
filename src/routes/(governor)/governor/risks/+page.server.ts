import { getDb } from '$lib/server/db';
import { guard } from '$lib/server/auth/guard';
import { listRisks } from '$lib/server/leadership/risks';
import { heatMapCells } from '$lib/domain/leadership/risks';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const actor = guard(locals, 'risk.read');
	const risks = (await listRisks(getDb(), actor)).filter((r) => !r.closed);
	return { risks, heatMap: heatMapCells(risks) };
};
