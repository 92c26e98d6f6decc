import { getDb } from '$lib/server/db';
import { guard } from '$lib/server/auth/guard';
import { can } from '$lib/domain/auth/permissions';
import { loadReview, saveReviewAnswer } from '$lib/server/leadership/review';
import { failFromServiceError, parseForm } from '$lib/server/http/forms';
import { reviewAnswerSchema } from '$lib/domain/leadership/inputs';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const actor = guard(locals, 'review.read');
	return { review: await loadReview(getDb(), actor), canManage: can(actor, 'review.manage', { kind: 'school', schoolId: actor.schoolId }) };
};

export const actions: Actions = {
	answer: async ({ locals, request }) => {
		const actor = guard(locals, 'review.manage');
		const parsed = await parseForm(request, reviewAnswerSchema);
		if (!parsed.ok) return parsed.failure;
		try {
			await saveReviewAnswer(getDb(), actor, parsed.data);
		} catch (e) {
			return failFromServiceError(e, parsed.form);
		}
		return { saved: parsed.data.key };
	}
};
