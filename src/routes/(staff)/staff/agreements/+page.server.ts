// Agreements overview for staff: each agreement's current version (admins publish new
// ones from here) and the classes whose signing lists this member of staff may open.
import { getDb } from '$lib/server/db';
import { pageLoad } from '$lib/server/http/handlers';
import { listVersions } from '$lib/server/agreements/documents';
import { listClassesForStaff } from '$lib/server/schools/roster';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = pageLoad({
	permission: 'school.read',
	run: async ({ actor }) => {
		const db = getDb();
		const versions = await listVersions(db, actor);
		const current = versions.filter((v, i) => versions.findIndex((w) => w.kind === v.kind) === i);
		return { current, classes: await listClassesForStaff(db, actor), isAdmin: actor.role === 'admin' };
	}
});
