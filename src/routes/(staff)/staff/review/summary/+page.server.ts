import { getDb } from '$lib/server/db';
import { pageLoad } from '$lib/server/http/handlers';
import { loadReview } from '$lib/server/leadership/review';
import { schoolName } from '$lib/server/schools/school-name';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = pageLoad({
	permission: 'review.read',
	run: async ({ actor }) => {
		return { review: await loadReview(getDb(), actor), schoolName: await schoolName(getDb(), actor.schoolId) };
	}
});
