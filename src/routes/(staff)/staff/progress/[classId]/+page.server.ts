import { getDb } from '$lib/server/db';
import { pageLoad } from '$lib/server/http/handlers';
import { NO_CLASS, classInPath } from '$lib/server/http/path-resources';
import { can } from '$lib/domain/auth/permissions';
import { getClassProgress } from '$lib/server/curriculum/progress';
import { describeTerm, describeTermDates, formatUkDate, SELF_STUDY_STATUS_LABELS, STRANDS } from '$lib/domain/curriculum';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = pageLoad({
	permission: 'progress.read',
	resource: classInPath,
	notFound: NO_CLASS,
	run: async ({ actor, event: { params, url } }) => {
		const resource = { kind: 'class' as const, schoolId: actor.schoolId, classId: params.classId };
		const { terms, term, grid, chart } = await getClassProgress(getDb(), actor, params.classId, { termName: url.searchParams.get('term') });
		return {
			grid: {
				...grid,
				rows: grid.rows.map((r) => ({ ...r, missedLessons: r.missedLessons.map((m) => ({ ...m, on: formatUkDate(m.deliveredOn) })) }))
			},
			chart,
			terms: terms.map((t) => ({ name: t.name, label: describeTerm(t) })),
			termName: term.name,
			termLabel: describeTerm(term),
			termDates: describeTermDates(term),
			strands: STRANDS.map((s) => ({ id: s.id, name: s.name })),
			statusLabels: SELF_STUDY_STATUS_LABELS,
			canRecord: can(actor, 'lessons.record', resource),
			canAssign: can(actor, 'lessons.assign', resource)
		};
	}
});
