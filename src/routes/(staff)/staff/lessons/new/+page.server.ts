import { redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { guard } from '$lib/server/auth/guard';
import { createSchoolLesson } from '$lib/server/curriculum/school-lessons';
import { failFromServiceError, parseForm } from '$lib/server/http/forms';
import { schoolLessonFormSchema } from '$lib/domain/curriculum/inputs';
import { AGE_BANDS, LESSON_LIMITS, STRANDS } from '$lib/domain/curriculum';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => {
	guard(locals, 'lessons.manage');
	return { strands: STRANDS.map((s) => ({ id: s.id, name: s.name })), bands: AGE_BANDS, limits: LESSON_LIMITS };
};

export const actions: Actions = {
	default: async ({ locals, request }) => {
		const actor = guard(locals, 'lessons.manage');
		const parsed = await parseForm(request, schoolLessonFormSchema);
		if (!parsed.ok) return parsed.failure;
		let lessonId: string;
		try {
			lessonId = (await createSchoolLesson(getDb(), actor, parsed.data)).id;
		} catch (e) {
			return failFromServiceError(e, parsed.form);
		}
		redirect(303, `/staff/lessons/${lessonId}?added=1`);
	}
};
