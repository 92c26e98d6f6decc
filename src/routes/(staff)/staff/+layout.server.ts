import { redirect } from '@sveltejs/kit';
import { guard } from '$lib/server/auth/guard';
import { getDb } from '$lib/server/db';
import { can } from '$lib/domain/auth/permissions';
import { countQueue } from '$lib/server/moderation/queue';
import { mustChangePassword } from '$lib/server/schools/lifecycle';
import { ROLE_LABELS } from '$lib/domain/auth/roles';
import { sessionLimitsFor } from '$lib/domain/auth/session-policy';
import type { LayoutServerLoad } from './$types';

// Pages an unsigned member of staff may still open: the agreement itself and their password.
const OPEN_BEFORE_SIGNING = ['/staff/agreement', '/staff/account'];

export const load: LayoutServerLoad = async ({ locals, url }) => {
	const actor = guard(locals, 'home.staff');
	// A temporary password an admin set is changed before anything else.
	if (url.pathname !== '/staff/account' && (await mustChangePassword(getDb(), actor.userId))) redirect(303, '/staff/account?must=1');
	if (!actor.gate.open && !OPEN_BEFORE_SIGNING.includes(url.pathname)) redirect(303, '/staff/agreement');
	return {
		firstName: locals.user!.firstName,
		role: actor.role,
		roleLabel: ROLE_LABELS[actor.role],
		idleMs: sessionLimitsFor(actor.role).idleMs,
		pending: can(actor, 'moderation.queue', { kind: 'school', schoolId: actor.schoolId }) ? await countQueue(getDb(), actor) : null,
		gateOpen: actor.gate.open,
		canReadAlerts: can(actor, 'alerts.read', { kind: 'school', schoolId: actor.schoolId }),
		canReadIncidents: can(actor, 'incident.read', { kind: 'school', schoolId: actor.schoolId }),
		canReadRisks: can(actor, 'risk.read', { kind: 'school', schoolId: actor.schoolId }),
		canReadBreaches: can(actor, 'breach.read', { kind: 'school', schoolId: actor.schoolId })
	};
};
