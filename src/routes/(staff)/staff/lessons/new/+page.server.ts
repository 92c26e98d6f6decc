import { redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { formAction, pageLoad } from '$lib/server/http/handlers';
import { createSchoolLesson } from '$lib/server/curriculum/school-lessons';
import { schoolLessonFormSchema } from '$lib/domain/curriculum/inputs';
import { AGE_BANDS, LESSON_LIMITS, STRANDS } from '$lib/domain/curriculum';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = pageLoad({
	permission: 'lessons.manage',
	run: () => ({ strands: STRANDS.map((s) => ({ id: s.id, name: s.name })), bands: AGE_BANDS, limits: LESSON_LIMITS })
});

export const actions: Actions = {
	default: formAction({
		permission: 'lessons.manage',
		schema: schoolLessonFormSchema,
		run: async ({ actor, input }) => {
			const lessonId = (await createSchoolLesson(getDb(), actor, input)).id;
			redirect(303, `/staff/lessons/${lessonId}?added=1`);
		}
	})
};
