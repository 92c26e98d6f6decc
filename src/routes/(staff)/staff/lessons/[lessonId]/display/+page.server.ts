import { error } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { guard } from '$lib/server/auth/guard';
import { getLesson } from '$lib/server/curriculum/school-lessons';
import { NotFoundError } from '$lib/server/errors';
import { lessonSteps } from '$lib/domain/curriculum';
import type { PageServerLoad } from './$types';

// The lesson on the classroom screen: one step at a time, in large type.
export const load: PageServerLoad = async ({ locals, params }) => {
	const actor = guard(locals, 'lessons.read');
	try {
		const lesson = await getLesson(getDb(), actor, params.lessonId);
		return { lesson, steps: lessonSteps(lesson).map((s) => ({ kind: s.kind, itemIndex: s.itemIndex })) };
	} catch (e) {
		if (e instanceof NotFoundError) error(404, e.message);
		throw e;
	}
};
