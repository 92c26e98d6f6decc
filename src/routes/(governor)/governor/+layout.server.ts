import { guard } from '$lib/server/auth/guard';
import { sessionLimitsFor } from '$lib/domain/auth/session-policy';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ locals }) => {
	const actor = guard(locals, 'home.governor');
	return { firstName: locals.user!.firstName, idleMs: sessionLimitsFor(actor.role).idleMs };
};
