import { getDb } from '$lib/server/db';
import { guard } from '$lib/server/auth/guard';
import { countOverdueRisks, listRisks } from '$lib/server/leadership/risks';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const actor = guard(locals, 'risk.read');
	const risks = await listRisks(getDb(), actor);
	return {
		openRisks: risks.filter((r) => !r.closed).length,
		severeRisks: risks.filter((r) => !r.closed && (r.band === 'severe' || r.band === 'high')).length,
		overdueRisks: await countOverdueRisks(getDb(), actor)
	};
};
