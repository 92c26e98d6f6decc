import { getDb } from '$lib/server/db';
import { pageLoad } from '$lib/server/http/handlers';
import { getPupilLessonsPage } from '$lib/server/curriculum/pages';
import { describeTerm, getStrand, type StrandId } from '$lib/domain/curriculum';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = pageLoad({
	permission: 'lessons.read',
	run: async ({ actor }) => {
		const page = await getPupilLessonsPage(getDb(), actor);
		return {
			progress: page.progress,
			termLabel: describeTerm(page.term),
			assigned: page.assigned.map((a) => ({ id: a.id, lessonId: a.lessonId, title: a.lessonTitle, minutes: a.durationMinutes, dueBy: a.dueBy })),
			lessons: page.lessons.map((l) => ({ ...l, strandName: getStrand(l.strand as StrandId).name }))
		};
	}
});
