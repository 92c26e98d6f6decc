import { getDb } from '$lib/server/db';
import { pageLoad } from '$lib/server/http/handlers';
import { listClassesForStaff } from '$lib/server/schools/roster';
import { can } from '$lib/domain/auth/permissions';
import { listAlerts } from '$lib/server/safeguarding/alert-inbox';
import { countOverdueRisks } from '$lib/server/leadership/risks';
import { loadStaffTodo } from '$lib/server/staff/todo';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = pageLoad({
	permission: 'home.staff',
	run: async ({ actor }) => {
		// The DSL's and head's open alerts, on their home (safeguarding).
		const openAlerts = can(actor, 'alerts.read', { kind: 'school', schoolId: actor.schoolId }) ? await listAlerts(getDb(), actor) : null;
		// Leaders see risks whose review date has passed.
		const overdueRisks = can(actor, 'risk.read', { kind: 'school', schoolId: actor.schoolId }) ? await countOverdueRisks(getDb(), actor) : null;
		return { classes: await listClassesForStaff(getDb(), actor), openAlerts, overdueRisks, todo: await loadStaffTodo(getDb(), actor) };
	}
});
