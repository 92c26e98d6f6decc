import { guard } from '$lib/server/auth/guard';
import { ROLE_LABELS } from '$lib/domain/auth/roles';
import { sessionLimitsFor } from '$lib/domain/auth/session-policy';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ locals }) => {
	const actor = guard(locals, 'home.staff');
	return {
		firstName: locals.user!.firstName,
		role: actor.role,
		roleLabel: ROLE_LABELS[actor.role],
		idleMs: sessionLimitsFor(actor.role).idleMs
	};
};
