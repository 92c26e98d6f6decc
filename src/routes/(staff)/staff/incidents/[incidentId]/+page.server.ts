import { error } from '@sveltejs/kit';
import type { z } from 'zod';
import { getDb } from '$lib/server/db';
import { guard } from '$lib/server/auth/guard';
import { parseForm } from '$lib/server/http/forms';
import { NotFoundError } from '$lib/server/errors';
import { getIncidentPage } from '$lib/server/safeguarding/incident-page';
import { moveIncident, recordAction, recordReviewResult } from '$lib/server/safeguarding/incident-steps';
import { assignFollowUpLesson, notifyParents, pauseMessaging } from '$lib/server/safeguarding/sanctions';
import { failFromSafeguardingError } from '$lib/server/safeguarding/form-errors';
import { assignLessonSchema, incidentActionSchema, notifyParentsSchema, pauseSchema, reviewResultSchema } from '$lib/domain/safeguarding/inputs';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const actor = guard(locals, 'incident.read');
	try {
		return { page: await getIncidentPage(getDb(), actor, params.incidentId), isHead: actor.role === 'admin' };
	} catch (e) {
		if (e instanceof NotFoundError) error(404, e.message);
		throw e;
	}
};

/** Parses, runs one service call, and answers with `done` or the form's errors. */
async function run<S extends z.ZodType>(request: Request, schema: S, done: string, call: (data: z.infer<S>) => Promise<unknown>) {
	const parsed = await parseForm(request, schema);
	if (!parsed.ok) return parsed.failure;
	try {
		await call(parsed.data);
	} catch (e) {
		return failFromSafeguardingError(e, parsed.form);
	}
	return { done };
}

export const actions: Actions = {
	startReview: async ({ locals, params, request }) => {
		const actor = guard(locals, 'incident.manage');
		await request.formData();
		try {
			await moveIncident(getDb(), actor, params.incidentId, 'start-review');
		} catch (e) {
			return failFromSafeguardingError(e, new FormData());
		}
		return { done: 'The incident is now under review.' };
	},
	signOff: async ({ locals, params, request }) => {
		const actor = guard(locals, 'incident.manage');
		await request.formData();
		try {
			await moveIncident(getDb(), actor, params.incidentId, 'sign-off');
		} catch (e) {
			return failFromSafeguardingError(e, new FormData());
		}
		return { done: 'Signed off.' };
	},
	reviewResult: async ({ locals, params, request }) => {
		const actor = guard(locals, 'incident.manage');
		return run(request, reviewResultSchema, 'Review result recorded.', (d) => recordReviewResult(getDb(), actor, params.incidentId, d.reviewResult));
	},
	action: async ({ locals, params, request }) => {
		const actor = guard(locals, 'incident.manage');
		return run(request, incidentActionSchema, 'Action recorded.', (d) => recordAction(getDb(), actor, params.incidentId, d));
	},
	pause: async ({ locals, params, request }) => {
		const actor = guard(locals, 'sanction.apply');
		return run(request, pauseSchema, 'Messaging paused.', (d) => pauseMessaging(getDb(), actor, params.incidentId, d));
	},
	lesson: async ({ locals, params, request }) => {
		const actor = guard(locals, 'sanction.apply');
		return run(request, assignLessonSchema, 'Lesson assigned.', (d) => assignFollowUpLesson(getDb(), actor, params.incidentId, d));
	},
	notify: async ({ locals, params, request }) => {
		const actor = guard(locals, 'sanction.apply');
		return run(request, notifyParentsSchema, 'Parents have been sent a notice.', (d) => notifyParents(getDb(), actor, params.incidentId, d));
	}
};
