import { error } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { guard } from '$lib/server/auth/guard';
import { getLesson } from '$lib/server/curriculum/school-lessons';
import { NotFoundError } from '$lib/server/errors';
import { getStrand } from '$lib/domain/curriculum';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const actor = guard(locals, 'lessons.read');
	try {
		const lesson = await getLesson(getDb(), actor, params.lessonId);
		return { lesson, strandName: getStrand(lesson.strand).name, added: url.searchParams.has('added') };
	} catch (e) {
		if (e instanceof NotFoundError) error(404, e.message);
		throw e;
	}
};
