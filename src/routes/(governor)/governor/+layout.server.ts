import { pageLoad } from '$lib/server/http/handlers';
import { sessionLimitsFor } from '$lib/domain/auth/session-policy';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = pageLoad({
	permission: 'home.governor',
	run: ({ actor, event: { locals } }) => ({ firstName: locals.user!.firstName, idleMs: sessionLimitsFor(actor.role).idleMs })
});
