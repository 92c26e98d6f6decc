import { guard } from '$lib/server/auth/guard';
import { getDb } from '$lib/server/db';
import { can } from '$lib/domain/auth/permissions';
import { countQueue } from '$lib/server/moderation/queue';
import { ROLE_LABELS } from '$lib/domain/auth/roles';
import { sessionLimitsFor } from '$lib/domain/auth/session-policy';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async ({ locals }) => {
	const actor = guard(locals, 'home.staff');
	return {
		firstName: locals.user!.firstName,
		role: actor.role,
		roleLabel: ROLE_LABELS[actor.role],
		idleMs: sessionLimitsFor(actor.role).idleMs,
		pending: can(actor, 'moderation.queue', { kind: 'school', schoolId: actor.schoolId }) ? await countQueue(getDb(), actor) : null,
		canReadAlerts: can(actor, 'alerts.read', { kind: 'school', schoolId: actor.schoolId })
	};
};
