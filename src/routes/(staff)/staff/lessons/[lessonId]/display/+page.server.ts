import { getDb } from '$lib/server/db';
import { pageLoad } from '$lib/server/http/handlers';
import { getLesson } from '$lib/server/curriculum/school-lessons';
import { lessonSteps } from '$lib/domain/curriculum';
import type { PageServerLoad } from './$types';

// The lesson on the classroom screen: one step at a time, in large type.
export const load: PageServerLoad = pageLoad({
	permission: 'lessons.read',
	run: async ({ actor, event: { params } }) => {
		const lesson = await getLesson(getDb(), actor, params.lessonId);
		return { lesson, steps: lessonSteps(lesson).map((s) => ({ kind: s.kind, itemIndex: s.itemIndex })) };
	}
});
