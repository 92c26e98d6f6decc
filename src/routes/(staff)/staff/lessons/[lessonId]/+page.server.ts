import { getDb } from '$lib/server/db';
import { pageLoad } from '$lib/server/http/handlers';
import { getLesson } from '$lib/server/curriculum/school-lessons';
import { getStrand } from '$lib/domain/curriculum';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = pageLoad({
	permission: 'lessons.read',
	run: async ({ actor, event: { params, url } }) => {
		const lesson = await getLesson(getDb(), actor, params.lessonId);
		return { lesson, strandName: getStrand(lesson.strand).name, added: url.searchParams.has('added') };
	}
});
