import { redirect } from '@sveltejs/kit';
import { pageLoad } from '$lib/server/http/handlers';
import { getDb } from '$lib/server/db';
import { can } from '$lib/domain/auth/permissions';
import { countQueue } from '$lib/server/moderation/queue';
import { mustChangePassword } from '$lib/server/schools/lifecycle';
import { ROLE_LABELS } from '$lib/domain/auth/roles';
import { sessionLimitsFor } from '$lib/domain/auth/session-policy';
import type { LayoutServerLoad } from './$types';

// Pages a member of staff whose gate is closed may still open: the agreement, the policies
// they must acknowledge, and their password.
const OPEN_BEFORE_SIGNING = ['/staff/agreement', '/staff/account'];
const openWhileGated = (path: string) => OPEN_BEFORE_SIGNING.includes(path) || path === '/staff/policies' || path.startsWith('/staff/policies/');

export const load: LayoutServerLoad = pageLoad({
	permission: 'home.staff',
	run: async ({ actor, event: { locals, url } }) => {
		// A temporary password an admin set is changed before anything else.
		if (url.pathname !== '/staff/account' && (await mustChangePassword(getDb(), actor.userId))) redirect(303, '/staff/account?must=1');
		if (!actor.gate.open && !openWhileGated(url.pathname)) {
			redirect(303, actor.gate.missing.includes('staff-agreement') ? '/staff/agreement' : '/staff/policies');
		}
		return {
			firstName: locals.user!.firstName,
			role: actor.role,
			roleLabel: ROLE_LABELS[actor.role],
			idleMs: sessionLimitsFor(actor.role).idleMs,
			pending: can(actor, 'moderation.queue', { kind: 'school', schoolId: actor.schoolId }) ? await countQueue(getDb(), actor) : null,
			gateOpen: actor.gate.open,
			canReadAlerts: can(actor, 'alerts.read', { kind: 'school', schoolId: actor.schoolId }),
			canDecideConcerns: can(actor, 'concern.decide', { kind: 'school', schoolId: actor.schoolId }),
			canReadIncidents: can(actor, 'incident.read', { kind: 'school', schoolId: actor.schoolId }),
			canReadRisks: can(actor, 'risk.read', { kind: 'school', schoolId: actor.schoolId }),
			canReadBreaches: can(actor, 'breach.read', { kind: 'school', schoolId: actor.schoolId }),
			// Policies past their grace period are in the gate; newer ones are shown here until then.
			owedPolicies: actor.gate.owedPolicies ?? []
		};
	}
});
