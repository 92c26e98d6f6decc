import { getDb } from '$lib/server/db';
import { formAction, pageLoad } from '$lib/server/http/handlers';
import { assignLesson, listAssignTargets } from '$lib/server/curriculum/assignments';
import { assignLessonSchema } from '$lib/domain/curriculum/inputs';
import { listLessons } from '$lib/server/curriculum/school-lessons';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = pageLoad({
	permission: 'lessons.read',
	run: async ({ actor, event: { url } }) => {
		const db = getDb();
		const [lessons, targets] = await Promise.all([listLessons(db, actor), listAssignTargets(db, actor)]);
		return {
			lessons: [...lessons.catalogue, ...lessons.school].map((l) => ({ id: l.id, title: l.title, ageBand: l.ageBand })),
			targets,
			preselected: url.searchParams.get('target') ?? '',
			suggested: url.searchParams.get('lesson') ?? '',
			reason: url.searchParams.get('reason') ?? ''
		};
	}
});

export const actions: Actions = {
	// The target decides who may assign: the service checks lessons.assign against it.
	default: formAction({
		permission: 'lessons.read',
		schema: assignLessonSchema,
		run: async ({ actor, input }) => ({ assigned: (await assignLesson(getDb(), actor, input)).id })
	})
};
