import { error } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { guard } from '$lib/server/auth/guard';
import { classResource } from '$lib/server/auth/resources';
import { can } from '$lib/domain/auth/permissions';
import { getClassProgress } from '$lib/server/curriculum/progress';
import { describeTerm, describeTermDates, formatUkDate, SELF_STUDY_STATUS_LABELS, STRANDS } from '$lib/domain/curriculum';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const db = getDb();
	const resource = await classResource(db, params.classId);
	if (!resource) error(404, 'That class does not exist.');
	const actor = guard(locals, 'progress.read', resource);
	const { terms, term, grid, chart } = await getClassProgress(db, actor, params.classId, { termName: url.searchParams.get('term') });
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
};
