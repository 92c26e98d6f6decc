import { getDb } from '$lib/server/db';
import { pageLoad } from '$lib/server/http/handlers';
import { getLesson } from '$lib/server/curriculum/school-lessons';
import { activityMinutes, activityTimings, AGE_BAND_LABELS, getStrand } from '$lib/domain/curriculum';
import { listClassesForStaff } from '$lib/server/schools/roster';
import { can } from '$lib/domain/auth/permissions';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = pageLoad({
	permission: 'lessons.read',
	run: async ({ actor, event: { params, url } }) => {
		const [lesson, classes] = await Promise.all([getLesson(getDb(), actor, params.lessonId), listClassesForStaff(getDb(), actor)]);
		const school = { kind: 'class' as const, schoolId: actor.schoolId };
		return {
			lesson,
			strandName: getStrand(lesson.strand).name,
			bandLabel: AGE_BAND_LABELS[lesson.ageBand],
			timings: activityTimings(lesson),
			// The same sum the catalogue is held to, so the plan's total is the one the tests check.
			totalMinutes: activityMinutes(lesson),
			// Classes this teacher may record the lesson for, to go straight to the form.
			recordable: classes.filter((c) => can(actor, 'lessons.record', { ...school, classId: c.id })).map((c) => ({ id: c.id, name: c.name })),
			added: url.searchParams.has('added')
		};
	}
});
