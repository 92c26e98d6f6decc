import type { z } from 'zod';
import { getDb } from '$lib/server/db';
import { formAction, pageLoad } from '$lib/server/http/handlers';
import type { Actor } from '$lib/domain/auth/permissions';
import { getIncidentPage } from '$lib/server/safeguarding/incident-page';
import { moveIncident, recordAction, recordReviewResult } from '$lib/server/safeguarding/incident-steps';
import { assignFollowUpLesson, notifyParents, pauseMessaging } from '$lib/server/safeguarding/sanctions';
import { assignLessonSchema, incidentActionSchema, notifyParentsSchema, pauseSchema, reviewResultSchema } from '$lib/domain/safeguarding/inputs';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = pageLoad({
	permission: 'incident.read',
	run: async ({ actor, event: { params } }) => ({ page: await getIncidentPage(getDb(), actor, params.incidentId), isHead: actor.role === 'admin' })
});

type Step<S extends z.ZodType> = (actor: Actor, incidentId: string, data: z.infer<S>) => Promise<unknown>;

/** A step in the incident's record (review, actions taken): for those who manage incidents. */
function incidentStep<S extends z.ZodType>(schema: S, done: string, call: Step<S>) {
	return formAction({
		permission: 'incident.manage',
		schema,
		run: async ({ actor, input, event: { params } }) => {
			await call(actor, params.incidentId ?? '', input as z.infer<S>);
			return { done };
		}
	});
}

/** A sanction on the incident's pupils: for those who may apply sanctions. */
function sanction<S extends z.ZodType>(schema: S, done: string, call: Step<S>) {
	return formAction({
		permission: 'sanction.apply',
		schema,
		run: async ({ actor, input, event: { params } }) => {
			await call(actor, params.incidentId ?? '', input as z.infer<S>);
			return { done };
		}
	});
}

export const actions: Actions = {
	startReview: formAction({
		permission: 'incident.manage',
		run: async ({ actor, event: { params } }) => {
			await moveIncident(getDb(), actor, params.incidentId, 'start-review');
			return { done: 'The incident is now under review.' };
		}
	}),
	signOff: formAction({
		permission: 'incident.manage',
		run: async ({ actor, event: { params } }) => {
			await moveIncident(getDb(), actor, params.incidentId, 'sign-off');
			return { done: 'Signed off.' };
		}
	}),
	reviewResult: incidentStep(reviewResultSchema, 'Review result recorded.', (a, id, d) => recordReviewResult(getDb(), a, id, d.reviewResult)),
	action: incidentStep(incidentActionSchema, 'Action recorded.', (a, id, d) => recordAction(getDb(), a, id, d)),
	pause: sanction(pauseSchema, 'Messaging paused.', (a, id, d) => pauseMessaging(getDb(), a, id, d)),
	lesson: sanction(assignLessonSchema, 'Lesson assigned.', (a, id, d) => assignFollowUpLesson(getDb(), a, id, d)),
	notify: sanction(notifyParentsSchema, 'Parents have been sent a notice.', (a, id, d) => notifyParents(getDb(), a, id, d))
};
