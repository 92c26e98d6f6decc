import { error } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { guard } from '$lib/server/auth/guard';
import { getLesson } from '$lib/server/curriculum/school-lessons';
import { completeLesson } from '$lib/server/curriculum/completions';
import { NotFoundError } from '$lib/server/errors';
import { failFromServiceError, parseForm } from '$lib/server/http/forms';
import { completeLessonSchema } from '$lib/domain/curriculum/inputs';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const actor = guard(locals, 'lessons.read');
	try {
		const lesson = await getLesson(getDb(), actor, params.lessonId);
		// Pupils get the questions without the answers; the server marks them.
		const quiz = lesson.quiz.map((q) => ({ prompt: q.prompt, options: q.options }));
		return { lesson: { id: lesson.id, title: lesson.title, durationMinutes: lesson.durationMinutes, sections: lesson.sections, quiz } };
	} catch (e) {
		if (e instanceof NotFoundError) error(404, e.message);
		throw e;
	}
};

export const actions: Actions = {
	default: async ({ locals, params, request }) => {
		const actor = guard(locals, 'lessons.complete', (a) => ({ kind: 'pupil', schoolId: a.schoolId, pupilId: a.userId, classId: a.classId }));
		const parsed = await parseForm(request, completeLessonSchema);
		if (!parsed.ok) return parsed.failure;
		const { sectionsRead, q0, q1, q2, q3, q4 } = parsed.data;
		try {
			const done = await completeLesson(getDb(), actor, { lessonId: params.lessonId, sectionsRead, quizAnswers: [q0, q1, q2, q3, q4] });
			const lesson = await getLesson(getDb(), actor, params.lessonId);
			const explanations = lesson.quiz.map((q, i) => ({ prompt: q.prompt, answer: q.options[q.correctIndex], explanation: q.explanation, right: [q0, q1, q2, q3, q4][i] === q.correctIndex }));
			return { finished: { counted: done.countsTowardsMinutes, minutes: done.completion.minutes, correct: done.correctAnswers, of: done.questionCount, explanations } };
		} catch (e) {
			return failFromServiceError(e, parsed.form);
		}
	}
};
