import { getDb } from '$lib/server/db';
import { pageLoad } from '$lib/server/http/handlers';
import { listRisks } from '$lib/server/leadership/risks';
import { heatMapCells } from '$lib/domain/leadership/risks';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = pageLoad({
	permission: 'risk.read',
	run: async ({ actor }) => {
		const risks = (await listRisks(getDb(), actor)).filter((r) => !r.closed);
		return { risks, heatMap: heatMapCells(risks) };
	}
});
