import { getDb } from '$lib/server/db';
import { guard } from '$lib/server/auth/guard';
import { loadReview } from '$lib/server/leadership/review';
import { schoolName } from '$lib/server/schools/school-name';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const actor = guard(locals, 'review.read');
	return { review: await loadReview(getDb(), actor), schoolName: await schoolName(getDb(), actor.schoolId) };
};
