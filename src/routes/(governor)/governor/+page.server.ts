import { getDb } from '$lib/server/db';
import { pageLoad } from '$lib/server/http/handlers';
import { countOverdueRisks, listRisks } from '$lib/server/leadership/risks';
import { allegationsWaitingForChair } from '$lib/server/safeguarding/head-allegations';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = pageLoad({
	permission: 'risk.read',
	run: async ({ actor }) => {
		const risks = await listRisks(getDb(), actor);
		return {
			openRisks: risks.filter((r) => !r.closed).length,
			severeRisks: risks.filter((r) => !r.closed && (r.band === 'severe' || r.band === 'high')).length,
			overdueRisks: await countOverdueRisks(getDb(), actor),
			// Only for the chair of governors: concerns about the headteacher waiting for them (null for others).
			allegationsWaiting: await allegationsWaitingForChair(getDb(), actor)
		};
	}
});
