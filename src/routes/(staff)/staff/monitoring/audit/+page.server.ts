import { getDb } from '$lib/server/db';
import { pageLoad } from '$lib/server/http/handlers';
import { searchAudit } from '$lib/server/safeguarding/monitoring';
import type { PageServerLoad } from './$types';

const ACTION = /^[a-z._]{0,60}$/;
const UUID = /^[0-9a-f-]{36}$/i;

export const load: PageServerLoad = pageLoad({
	permission: 'audit.read',
	run: async ({ actor, event: { url } }) => {
		const action = url.searchParams.get('action')?.trim() ?? '';
		const actorId = url.searchParams.get('actorId')?.trim() ?? '';
		if (!ACTION.test(action) || (actorId && !UUID.test(actorId)))
			return { rows: [], action, error: 'Use letters, dots and underscores for the action, and choose a person from a link.' };
		return { rows: await searchAudit(getDb(), actor, { action: action || null, actorId: actorId || null }), action, error: null };
	}
});
