import { getDb } from '$lib/server/db';
import { pageLoad } from '$lib/server/http/handlers';
import { can } from '$lib/domain/auth/permissions';
import { getSchoolProgress } from '$lib/server/curriculum/progress';
import { listClassesForStaff } from '$lib/server/schools/roster';
import { describeTerm, describeTermDates } from '$lib/domain/curriculum';
import type { PageServerLoad } from './$types';

// The DSL and admin see the whole school; a teacher sees links to their own classes.
export const load: PageServerLoad = pageLoad({
	permission: 'home.staff',
	run: async ({ actor, event: { url } }) => {
		const db = getDb();
		if (!can(actor, 'progress.school', { kind: 'school', schoolId: actor.schoolId })) {
			return { school: null, classes: await listClassesForStaff(db, actor) };
		}
		const { terms, term, view } = await getSchoolProgress(db, actor, { termName: url.searchParams.get('term') });
		return {
			school: {
				view,
				terms: terms.map((t) => ({ name: t.name, label: describeTerm(t) })),
				termName: term.name,
				termLabel: describeTerm(term),
				termDates: describeTermDates(term)
			},
			classes: []
		};
	}
});
