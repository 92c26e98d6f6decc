import { getDb } from '$lib/server/db';
import { guard } from '$lib/server/auth/guard';
import { assignLesson, listAssignTargets } from '$lib/server/curriculum/assignments';
import { failFromServiceError, parseForm } from '$lib/server/http/forms';
import { assignLessonSchema } from '$lib/domain/curriculum/inputs';
import { listLessons } from '$lib/server/curriculum/school-lessons';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const actor = guard(locals, 'lessons.read');
	const db = getDb();
	const [lessons, targets] = await Promise.all([listLessons(db, actor), listAssignTargets(db, actor)]);
	return {
		lessons: [...lessons.catalogue, ...lessons.school].map((l) => ({ id: l.id, title: l.title, ageBand: l.ageBand })),
		targets,
		preselected: url.searchParams.get('target') ?? '',
		suggested: url.searchParams.get('lesson') ?? '',
		reason: url.searchParams.get('reason') ?? ''
	};
};

export const actions: Actions = {
	default: async ({ locals, request }) => {
		// The target decides who may assign: the service checks lessons.assign against it.
		const actor = guard(locals, 'lessons.read');
		const parsed = await parseForm(request, assignLessonSchema);
		if (!parsed.ok) return parsed.failure;
		try {
			const done = await assignLesson(getDb(), actor, parsed.data);
			return { assigned: done.id };
		} catch (e) {
			return failFromServiceError(e, parsed.form);
		}
	}
};
