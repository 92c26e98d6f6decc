import { error } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { guard } from '$lib/server/auth/guard';
import { getLesson } from '$lib/server/curriculum/school-lessons';
import { getSelfStudy, recordLessonStep, submitLessonCheck } from '$lib/server/curriculum/self-study';
import { NotFoundError } from '$lib/server/errors';
import { failFromServiceError, parseForm } from '$lib/server/http/forms';
import { lessonCheckSchema, lessonStepSchema } from '$lib/domain/curriculum/inputs';
import { lessonSteps, passMark } from '$lib/domain/curriculum';
import type { Actions, PageServerLoad } from './$types';

const self = (a: App.Locals['actor'] & object) => ({ kind: 'pupil' as const, schoolId: a.schoolId, pupilId: a.userId, classId: a.classId });

export const load: PageServerLoad = async ({ locals, params }) => {
	const actor = guard(locals, 'lessons.complete', self);
	try {
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
	} catch (e) {
		if (e instanceof NotFoundError) error(404, e.message);
		throw e;
	}
};

export const actions: Actions = {
	step: async ({ locals, params, request }) => {
		const actor = guard(locals, 'lessons.complete', self);
		const parsed = await parseForm(request, lessonStepSchema);
		if (!parsed.ok) return parsed.failure;
		try {
			return { stepped: await recordLessonStep(getDb(), actor, params.lessonId, parsed.data.step) };
		} catch (e) {
			return failFromServiceError(e, parsed.form);
		}
	},
	check: async ({ locals, params, request }) => {
		const actor = guard(locals, 'lessons.complete', self);
		const parsed = await parseForm(request, lessonCheckSchema);
		if (!parsed.ok) return parsed.failure;
		const { q0, q1, q2, q3, q4 } = parsed.data;
		const answers = [q0, q1, q2, q3, q4];
		try {
			const outcome = await submitLessonCheck(getDb(), actor, params.lessonId, answers);
			// Explanations only after a pass, so a retry means looking again, not copying.
			const lesson = await getLesson(getDb(), actor, params.lessonId);
			const explanations = outcome.passed
				? lesson.quiz.map((q, i) => ({ prompt: q.prompt, answer: q.options[q.correctIndex], explanation: q.explanation, right: answers[i] === q.correctIndex }))
				: [];
			return { checked: { ...outcome, explanations } };
		} catch (e) {
			return failFromServiceError(e, parsed.form);
		}
	}
};
