import { getDb } from '$lib/server/db';
import { formAction, pageLoad } from '$lib/server/http/handlers';
import { getLesson } from '$lib/server/curriculum/school-lessons';
import { getSelfStudy, recordLessonStep, submitLessonCheck } from '$lib/server/curriculum/self-study';
import { lessonCheckSchema, lessonStepSchema } from '$lib/domain/curriculum/inputs';
import { lessonSteps, passMark } from '$lib/domain/curriculum';
import type { Actor } from '$lib/domain/auth/permissions';
import type { Actions, PageServerLoad } from './$types';

// A pupil studies as themself: the permission is checked against their own record.
const self = ({ actor: a }: { actor: Actor }) => ({ kind: 'pupil' as const, schoolId: a.schoolId, pupilId: a.userId, classId: a.classId });

export const load: PageServerLoad = pageLoad({
	permission: 'lessons.complete',
	resource: self,
	run: async ({ actor, event: { params } }) => {
		const lesson = await getLesson(getDb(), actor, params.lessonId);
		const progress = await getSelfStudy(getDb(), actor, lesson.id);
		// Pupils get the questions without the answers; the server marks them.
		const quiz = lesson.quiz.map((q) => ({ prompt: q.prompt, options: q.options }));
		return {
			lesson: {
				id: lesson.id,
				title: lesson.title,
				durationMinutes: lesson.durationMinutes,
				sections: lesson.sections,
				scenarios: lesson.scenarios ?? [],
				discussion: lesson.discussion ?? [],
				iCan: lesson.iCan ?? [],
				quiz
			},
			steps: lessonSteps(lesson).map((s) => ({ kind: s.kind, itemIndex: s.itemIndex })),
			passMark: passMark(lesson.quiz.length),
			progress
		};
	}
});

export const actions: Actions = {
	step: formAction({
		permission: 'lessons.complete',
		resource: self,
		schema: lessonStepSchema,
		run: async ({ actor, input, event: { params } }) => ({ stepped: await recordLessonStep(getDb(), actor, params.lessonId, input.step) })
	}),
	check: formAction({
		permission: 'lessons.complete',
		resource: self,
		schema: lessonCheckSchema,
		run: async ({ actor, input, event: { params } }) => {
			const { q0, q1, q2, q3, q4 } = input;
			const answers = [q0, q1, q2, q3, q4];
			const outcome = await submitLessonCheck(getDb(), actor, params.lessonId, answers);
			// Explanations only after a pass, so a retry means looking again, not copying.
			const lesson = await getLesson(getDb(), actor, params.lessonId);
			const explanations = outcome.passed
				? lesson.quiz.map((q, i) => ({ prompt: q.prompt, answer: q.options[q.correctIndex], explanation: q.explanation, right: answers[i] === q.correctIndex }))
				: [];
			return { checked: { ...outcome, explanations } };
		}
	})
};
