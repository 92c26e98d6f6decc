import { getDb } from '$lib/server/db';
import { formAction, pageLoad } from '$lib/server/http/handlers';
import { getLesson } from '$lib/server/curriculum/school-lessons';
import { completeLesson } from '$lib/server/curriculum/completions';
import { completeLessonSchema } from '$lib/domain/curriculum/inputs';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = pageLoad({
	permission: 'lessons.read',
	run: async ({ actor, event: { params } }) => {
		const lesson = await getLesson(getDb(), actor, params.lessonId);
		// Pupils get the questions without the answers; the server marks them.
		const quiz = lesson.quiz.map((q) => ({ prompt: q.prompt, options: q.options }));
		return { lesson: { id: lesson.id, title: lesson.title, durationMinutes: lesson.durationMinutes, sections: lesson.sections, quiz } };
	}
});

export const actions: Actions = {
	default: formAction({
		permission: 'lessons.complete',
		resource: ({ actor: a }) => ({ kind: 'pupil', schoolId: a.schoolId, pupilId: a.userId, classId: a.classId }),
		schema: completeLessonSchema,
		run: async ({ actor, input, event: { params } }) => {
			const { sectionsRead, q0, q1, q2, q3, q4 } = input;
			const done = await completeLesson(getDb(), actor, { lessonId: params.lessonId, sectionsRead, quizAnswers: [q0, q1, q2, q3, q4] });
			const lesson = await getLesson(getDb(), actor, params.lessonId);
			const explanations = lesson.quiz.map((q, i) => ({ prompt: q.prompt, answer: q.options[q.correctIndex], explanation: q.explanation, right: [q0, q1, q2, q3, q4][i] === q.correctIndex }));
			return { finished: { counted: done.countsTowardsMinutes, minutes: done.completion.minutes, correct: done.correctAnswers, of: done.questionCount, explanations } };
		}
	})
};
