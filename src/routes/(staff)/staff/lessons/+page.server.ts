import { getDb } from '$lib/server/db';
import { pageLoad } from '$lib/server/http/handlers';
import { can } from '$lib/domain/auth/permissions';
import { listLessons } from '$lib/server/curriculum/school-lessons';
import { listClassesForStaff } from '$lib/server/schools/roster';
import { canAssignLessons, STRANDS } from '$lib/domain/curriculum';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = pageLoad({
	permission: 'lessons.read',
	run: async ({ actor }) => {
		const db = getDb();
		const [lessons, classes] = await Promise.all([listLessons(db, actor), listClassesForStaff(db, actor)]);
		const summary = (l: (typeof lessons.catalogue)[number]) => ({
			id: l.id,
			title: l.title,
			strand: l.strand,
			ageBand: l.ageBand,
			durationMinutes: l.durationMinutes
		});
		const school = { kind: 'school' as const, schoolId: actor.schoolId };
		return {
			strands: STRANDS.map((s) => ({ id: s.id, name: s.name })),
			catalogue: lessons.catalogue.map(summary),
			school: lessons.school.map(summary),
			recordable: classes.filter((c) => can(actor, 'lessons.record', { ...school, kind: 'class', classId: c.id })),
			canManage: can(actor, 'lessons.manage', school),
			canAssign: canAssignLessons(actor.role)
		};
	}
});
