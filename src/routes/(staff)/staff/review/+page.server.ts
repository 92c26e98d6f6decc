import { getDb } from '$lib/server/db';
import { formAction, pageLoad } from '$lib/server/http/handlers';
import { can } from '$lib/domain/auth/permissions';
import { loadReview, saveReviewAnswer } from '$lib/server/leadership/review';
import { reviewAnswerSchema } from '$lib/domain/leadership/inputs';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = pageLoad({
	permission: 'review.read',
	run: async ({ actor }) => ({ review: await loadReview(getDb(), actor), canManage: can(actor, 'review.manage', { kind: 'school', schoolId: actor.schoolId }) })
});

export const actions: Actions = {
	answer: formAction({
		permission: 'review.manage',
		schema: reviewAnswerSchema,
		run: async ({ actor, input }) => {
			await saveReviewAnswer(getDb(), actor, input);
			return { saved: input.key };
		}
	})
};
